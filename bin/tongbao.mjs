#!/usr/bin/env node
// tongbao 命令行：运行安装时（npm install 的 prepare）打好的 out/cli/tongbao.mjs，启动时不编译 TypeScript。
// 开发时直接跑源码：npm run cli:dev -- <命令>。
import module from 'node:module'

// Node 22.1 起可把编译结果缓存到磁盘，第二次起启动更快；Node 20 没有这个函数，跳过。
module.enableCompileCache?.()

// 输出接到 head 之类提前关闭的管道上时，安静地结束，而不是抛出 EPIPE 的调用栈。
process.stdout.on('error', (e) => {
  if (e.code !== 'EPIPE') throw e
  process.exit(process.exitCode ?? 0)
})

let cli
try {
  cli = await import('../out/cli/tongbao.mjs')
} catch (e) {
  if (e?.code !== 'ERR_MODULE_NOT_FOUND' || !/out[\\/]cli[\\/]tongbao\.mjs/.test(String(e.message))) throw e
  process.stderr.write('tongbao 命令行还没有构建：请在项目目录运行 npm run build:cli（npm install 时会自动构建）。\n')
  process.exit(2)
}
process.exitCode = await cli.runCli(process.argv.slice(2))
