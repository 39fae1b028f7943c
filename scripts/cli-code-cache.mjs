// 为打好的命令行写 V8 编译缓存（scripts/build-cli.mjs 打包后另起进程运行它）：用一份自拟的通报（code-cache-sample.txt，
// 不取自样例语料）在同一进程里跑一遍查看、校验、导出 Word 与网页，再把这期间编译过的函数存下（bin/cli-loader.cjs）。
// 没跑到的函数（读 .docx、导出 OFD……）不在缓存里，用到时照常编译。
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { loadCli } from '../bin/cli-loader.cjs'

const [bundle] = process.argv.slice(2)
const sample = fileURLToPath(new URL('code-cache-sample.txt', import.meta.url))
const dir = mkdtempSync(join(tmpdir(), 'tongbao-code-cache-'))
try {
  const cli = loadCli(bundle)
  const quiet = { out: () => {}, err: () => {} }
  const runs = [
    ['inspect', sample, '--json'],
    ['validate', sample],
    ['export', sample, '--docx', join(dir, 'a.docx'), '--html', join(dir, 'a.html'), '--force'],
  ]
  for (const argv of runs) {
    const code = await cli.runCli(argv, quiet)
    // 校验发现问题时是 1；2 是用法或程序错误：样例或命令行坏了，缓存也就不可信。
    if (code > 1) throw new Error(`${argv[0]} 退出码 ${code}`)
  }
  if (!cli.saveCache()) throw new Error('缓存写不进去')
} finally {
  rmSync(dir, { recursive: true, force: true })
}
