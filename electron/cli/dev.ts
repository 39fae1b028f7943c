// 开发用入口：npm run cli:dev -- <命令> 由 tsx 直接运行源码，改了源码不必重新构建；发布的 bin/tongbao.cjs 运行打好的 out/cli/。
import { runCli } from './main'

process.exitCode = await runCli(process.argv.slice(2))
