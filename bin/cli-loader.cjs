// 载入打好的命令行（out/cli/tongbao.cjs），带 V8 的编译缓存：缓存里是构建时一次典型运行编译过的全部函数，
// 启动时不再解析、编译这些源码（导出最大的样例约快 30 ms）。Node 22 的 module.enableCompileCache 做的是同一件事，
// Node 20 没有它；vm.Script 的 cachedData 在两者上都可用。缓存与 V8 的版本和参数绑定：对不上时 V8 拒收，照常编译，结果相同。
// V8 只核对源码的长度，不核对内容：缓存文件名带着源码的内容散列（构建时写在包的第一行），换了源码就换了文件，旧缓存不会被误用。
'use strict'
const { isAscii } = require('node:buffer')
const { readFileSync, renameSync, rmSync, writeFileSync } = require('node:fs')
const { createRequire } = require('node:module')
const { dirname, join } = require('node:path')
const vm = require('node:vm')

/** 包的第一行：// tongbao-cli <内容散列>（scripts/build-cli.mjs 写入）。 */
const BUILD_ID = /^\/\/ tongbao-cli ([0-9a-f]{16,})\n/

/** 打好的包对应的缓存文件；包里没有内容散列（不是 build-cli 打的）时没有缓存。 */
function cacheFileOf(file, source) {
  const id = BUILD_ID.exec(source)?.[1]
  return id === undefined ? undefined : join(dirname(file), `tongbao.${id}.cache`)
}

/**
 * 编译并运行打好的 CommonJS 包，返回它的 runCli。cache：缓存被用上（accepted）、被 V8 拒收（rejected）或没有（absent）。
 * 包不存在时抛出 ENOENT（由 bin 给出中文提示）。
 */
function loadCli(file) {
  // build-cli 打的包只含 ASCII（scripts/ascii-only.mjs）：按单字节读入，比 UTF-8 解码快几毫秒，V8 也按单字节扫描。
  const bytes = readFileSync(file)
  const source = bytes.toString(isAscii(bytes) ? 'latin1' : 'utf8')
  const cacheFile = cacheFileOf(file, source)
  let cachedData
  try {
    cachedData = cacheFile === undefined ? undefined : readFileSync(cacheFile)
  } catch {
    cachedData = undefined
  }
  // 与 Node 包 CommonJS 模块的方式相同：源码放进一个带 exports、require 等参数的函数里。
  const wrapped = `(function (exports, require, module, __filename, __dirname) {${source}\n})`
  const script = new vm.Script(wrapped, { filename: file, cachedData })
  const module = { exports: {} }
  script.runInThisContext().call(module.exports, module.exports, createRequire(file), module, file, dirname(file))
  return {
    runCli: module.exports.runCli,
    cache: cachedData === undefined ? 'absent' : script.cachedDataRejected ? 'rejected' : 'accepted',
    /** 把到此为止编译过的函数写成缓存（先写临时文件再改名，并发的进程看到的总是完整的文件）；写不了（只读的安装目录）时返回 false。 */
    saveCache() {
      if (cacheFile === undefined) return false
      const tmp = `${cacheFile}.${process.pid}.tmp`
      try {
        writeFileSync(tmp, script.createCachedData())
        renameSync(tmp, cacheFile)
        return true
      } catch {
        rmSync(tmp, { force: true })
        return false
      }
    },
  }
}

module.exports = { cacheFileOf, loadCli }
