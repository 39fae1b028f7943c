#!/usr/bin/env node
// tongbao 命令行：运行安装时（npm install 的 prepare）打好的 out/cli/tongbao.cjs，启动时不编译 TypeScript。
// 开发时直接跑源码：npm run cli:dev -- <命令>。
import { fileURLToPath } from 'node:url'
import { loadCli } from './cli-loader.mjs'

// 输出接到 head 之类提前关闭的管道上时，安静地结束，而不是抛出 EPIPE 的调用栈。
process.stdout.on('error', (e) => {
  if (e.code !== 'EPIPE') throw e
  process.exit(process.exitCode ?? 0)
})

const bundle = fileURLToPath(new URL('../out/cli/tongbao.cjs', import.meta.url))
let cli
try {
  cli = loadCli(bundle)
} catch (e) {
  if (e?.code !== 'ENOENT' || e.path !== bundle) throw e
  process.stderr.write('tongbao 命令行还没有构建：请在项目目录运行 npm run build:cli（npm install 时会自动构建）。\n')
  process.exit(2)
}
process.exitCode = await cli.runCli(process.argv.slice(2))
// 缓存对不上（安装后换了 Node 版本）或丢了：把这次编译的结果存下，下次启动又快了。安装目录只读时作罢。
if (cli.cache !== 'accepted') cli.saveCache()
