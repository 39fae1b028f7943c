#!/usr/bin/env node
// tongbao 命令行：运行安装时（npm install 的 prepare）打好的 out/cli/tongbao.cjs，启动时不编译 TypeScript。
// 开发时直接跑源码：npm run cli:dev -- <命令>。
// 这个入口本身是 CommonJS：以 ES 模块启动，Node 要先搭起 ES 模块的加载器，每次多花约 7 ms。
'use strict'
const { join } = require('node:path')
const { loadCli } = require('./cli-loader.cjs')

// 输出接到 head 之类提前关闭的管道上时，安静地结束，而不是抛出 EPIPE 的调用栈。
process.stdout.on('error', (e) => {
  if (e.code !== 'EPIPE') throw e
  process.exit(process.exitCode ?? 0)
})

const bundle = join(__dirname, '../out/cli/tongbao.cjs')
let cli
try {
  cli = loadCli(bundle)
} catch (e) {
  if (e?.code !== 'ENOENT' || e.path !== bundle) throw e
  process.stderr.write('tongbao 命令行还没有构建：请在项目目录运行 npm run build:cli（npm install 时会自动构建）。\n')
  process.exit(2)
}
cli.runCli(process.argv.slice(2)).then((code) => {
  // 输出还没写完时管道被关上（上面的 EPIPE 处理）也按这个退出码退出
  process.exitCode = code
  // 缓存对不上（安装后换了 Node 版本）或丢了：把这次编译的结果存下，下次启动又快了。安装目录只读时作罢。
  if (cli.cache !== 'accepted') cli.saveCache()
  exitWhenFlushed(code)
})

/**
 * 做完就退出，不等事件循环自己空下来：那样 Node 还要陪 V8 做完排着的垃圾回收与收尾，导出最大的样例时约 13 ms，
 * 回收的是马上整个释放的堆。输出先写完再退（Windows 上接到管道的标准输出是异步的）：空写的回调在此前的输出写出之后才来。
 */
function exitWhenFlushed(code) {
  let open = 2
  const flushed = () => {
    if (--open === 0) process.exit(code)
  }
  process.stdout.write('', flushed)
  process.stderr.write('', flushed)
}
