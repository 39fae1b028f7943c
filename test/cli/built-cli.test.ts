// 打好的命令行：导入图里没有 tsx，除 Node 内置模块和自带的 vendor/ 外不依赖任何包；拷到没有 node_modules 的目录里照样能导出、校验、查看；
// 带着构建时写好的 V8 编译缓存启动，缓存只配给写它的那份源码。
import { isAscii } from 'node:buffer'
import { execFileSync, spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { runCli } from '../../electron/cli/main'
import { largestSeed, seedNames, SEEDS_DIR } from '../support/seeds'

interface Metafile {
  inputs: Record<string, unknown>
  outputs: Record<
    string,
    { inputs: Record<string, { bytesInOutput: number }>; imports: { path: string; kind: string; external?: boolean }[] }
  >
}

// 与仓库无关的目录：从这里往上找不到任何 node_modules，tsx 和其他包都无从解析。
const isolated = mkdtempSync(join(tmpdir(), 'tongbao-built-cli-'))
const bin = join(isolated, 'bin/tongbao.cjs')
let meta: Metafile

const outCli = join(isolated, 'out/cli')
const env = { ...process.env, NODE_PATH: '', NODE_OPTIONS: '' }
const run = (...args: string[]) => spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', cwd: isolated, env })
/** 预载脚本：退出时把载入过的 vendor/ 文件名写到 stderr 的最后一行。 */
const vendorHook = join(isolated, 'record-vendor.cjs')
const runRecordingVendor = (...args: string[]) => {
  const r = spawnSync(process.execPath, ['--require', vendorHook, bin, ...args], { encoding: 'utf8', cwd: isolated, env })
  return { ...r, vendor: r.stderr.split('vendor:').pop()!.split(',').filter(Boolean) }
}
const cacheFiles = () => readdirSync(outCli).filter((n) => n.endsWith('.cache'))
/** 在新进程里载入打好的包，报告编译缓存用上没有。 */
const cacheState = () =>
  execFileSync(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      `const { loadCli } = await import(${JSON.stringify(join(isolated, 'bin/cli-loader.cjs'))}); process.stdout.write(loadCli(${JSON.stringify(join(outCli, 'tongbao.cjs'))}).cache)`,
    ],
    { encoding: 'utf8', env },
  )

beforeAll(() => {
  execFileSync(process.execPath, ['scripts/build-cli.mjs', '--outdir', outCli])
  cpSync(resolve('bin'), join(isolated, 'bin'), { recursive: true })
  writeFileSync(
    vendorHook,
    [
      "const M = require('node:module'); const seen = new Set(); const load = M._load",
      'M._load = function (request, ...rest) { if (/vendor/.test(request)) seen.add(request.split(/[\\\\/]/).pop()); return load.call(this, request, ...rest) }',
      "process.on('exit', () => process.stderr.write('\\nvendor:' + [...seen].sort().join(',')))",
    ].join('\n'),
  )
  meta = JSON.parse(readFileSync(join(outCli, 'meta.json'), 'utf8'))
})

describe('打好的命令行', () => {
  it('导入图里没有 tsx，也没有 TypeScript 以外要在运行时解析的包', () => {
    const inputs = Object.keys(meta.inputs)
    expect(inputs.some((p) => p.includes('electron/cli/main.ts'))).toBe(true)
    expect(inputs.filter((p) => /node_modules[\\/](tsx|esbuild|typescript)[\\/]/.test(p))).toEqual([])
    const external = Object.values(meta.outputs).flatMap((o) => o.imports.filter((i) => i.external).map((i) => i.path))
    // 外部的只有 Node 内置模块和同目录 vendor/ 下打好的文件。
    const vendor = external.filter((p) => p.startsWith('./vendor/'))
    expect(external.filter((p) => !p.startsWith('node:') && !/^[a-z_]+$/.test(p) && !vendor.includes(p))).toEqual([])
    expect(vendor.length).toBeGreaterThan(0)
    for (const p of vendor) expect(existsSync(join(outCli, p)), p).toBe(true)
    expect(external).not.toContain('tsx')
    // 包里不带构建机的目录：同一份源码在哪里打都是同一个包（缓存的散列也相同）。
    for (const file of ['tongbao.cjs', 'vendor/mammoth.cjs', 'vendor/pdf.cjs'])
      expect(readFileSync(join(outCli, file), 'utf8').includes(resolve('.')), file).toBe(false)
    // vm.Script 编译的包里没有 ES 模块的加载器：不能留下 import()。
    expect(Object.values(meta.outputs).flatMap((o) => o.imports.filter((i) => i.kind === 'dynamic-import'))).toEqual([])
  })

  it('mammoth、pdfjs 不在 tongbao.cjs 里：读 .txt 不载入它们，读 .docx 才载入 mammoth', () => {
    const inputs = Object.values(meta.outputs).flatMap((o) => Object.keys(o.inputs))
    expect(inputs.filter((p) => /node_modules[\\/](mammoth|pdfjs-dist|jszip)[\\/]/.test(p))).toEqual([])
    const seed = join(SEEDS_DIR, largestSeed())
    const txt = runRecordingVendor('inspect', seed, '--json')
    expect(txt.status).toBe(0)
    expect(txt.vendor).toEqual([])
    const docx = join(isolated, 'vendor-probe.docx')
    expect(run('export', seed, '--docx', docx, '--force', '--overwrite').status).toBe(0)
    const fromDocx = runRecordingVendor('inspect', docx, '--json')
    expect(fromDocx.status).toBe(0)
    expect(fromDocx.vendor).toEqual(['mammoth.cjs'])
  })

  it('读 PDF 才载入 pdfjs（vendor/ 下的 CommonJS 版），读出的与原文相同', () => {
    const seed = join(SEEDS_DIR, largestSeed())
    const pdf = join(isolated, 'vendor-probe.pdf')
    const printed = run('export', seed, '--pdf', pdf, '--force', '--overwrite')
    expect(printed.status, printed.stderr).toBe(0)
    const fromPdf = runRecordingVendor('inspect', pdf, '--json')
    expect(fromPdf.status, fromPdf.stderr).toBe(0)
    expect(fromPdf.vendor).toEqual(['pdf.cjs', 'pdf.worker.cjs'])
    const original = JSON.parse(run('inspect', seed, '--json').stdout)
    const back = JSON.parse(fromPdf.stdout)
    expect(back.title).toBe(original.title)
    expect(back.items.length).toBe(original.items.length)
  })

  it('包只含 ASCII（正则里的汉字也转义了），按单字节读入；各样例的校验、查看结果与源码在进程内运行的逐字相同', async () => {
    expect(isAscii(readFileSync(join(outCli, 'tongbao.cjs')))).toBe(true)
    // 校验规则的正则里满是汉字：转义若改了哪个正则的意思，这里的发现就会不同。
    for (const name of seedNames()) {
      for (const argv of [
        ['validate', join(SEEDS_DIR, name), '--json', '--today', '2026-01-01'],
        ['inspect', join(SEEDS_DIR, name), '--json'],
      ]) {
        const out: string[] = []
        await runCli(argv, { out: (t) => out.push(t + '\n'), err: () => {} })
        expect(run(...argv).stdout, `${argv[0]} ${name}`).toBe(out.join(''))
      }
    }
  })

  it('做完就退出（不等事件循环），但输出先写完：接到读得慢的管道上，--json 的输出也完整', () => {
    const seed = join(SEEDS_DIR, largestSeed())
    const direct = run('validate', seed, '--json', '--today', '2026-01-01')
    // 读的一方先睡半秒：管道的缓冲（64 KB）装不下十几万字节的输出，命令行要等它读。
    const slow = spawnSync(
      'sh',
      ['-c', '"$0" "$1" validate "$2" --json --today 2026-01-01 | (sleep 0.5; cat)', process.execPath, bin, seed],
      { encoding: 'utf8', cwd: isolated, env, maxBuffer: 64 * 1024 * 1024 },
    )
    expect(direct.stdout.length).toBeGreaterThan(65536)
    expect(slow.stdout).toBe(direct.stdout)
    expect(direct.status).toBe(1)
  })

  it('构建时写好编译缓存，启动时用上；缓存文件名带着源码的散列，换了源码不会用到旧缓存', () => {
    const [cache, ...more] = cacheFiles()
    expect(more).toEqual([])
    const id = /^\/\/ tongbao-cli ([0-9a-f]+)\n/.exec(readFileSync(join(outCli, 'tongbao.cjs'), 'utf8'))?.[1]
    expect(cache).toBe(`tongbao.${id}.cache`)
    expect(cacheState()).toBe('accepted')
    // V8 拒收的缓存（内容坏了）：照常编译运行，结果相同，并在退出前写回一份好的。
    const path = join(outCli, cache!)
    writeFileSync(path, readFileSync(path).subarray(0, 4096))
    expect(cacheState()).toBe('rejected')
    expect(run('inspect', join(SEEDS_DIR, largestSeed()), '--json').status).toBe(0)
    expect(cacheState()).toBe('accepted')
    // 没有缓存时同样：运行一次后就有了。
    rmSync(path)
    expect(cacheState()).toBe('absent')
    expect(run('inspect', join(SEEDS_DIR, largestSeed()), '--json').status).toBe(0)
    expect(cacheFiles()).toEqual([cache])
  })

  it('zod 只打进用到的部分（按命名空间导入 import * as z，打包时能删掉没用到的导出）：命令行每次启动都要编译它', () => {
    const zod = Object.values(meta.outputs)
      .flatMap((o) => Object.entries(o.inputs))
      .filter(([p, x]) => /node_modules[\\/]zod[\\/]/.test(p) && x.bytesInOutput > 0)
    expect(zod.length).toBeGreaterThan(0)
    // 整个 z 命名空间约 286 KB（JSON Schema 的双向转换、编译器等），用到的部分约 130 KB。
    expect(zod.filter(([p]) => /from-json-schema/.test(p))).toEqual([])
    expect(zod.reduce((n, [, x]) => n + x.bytesInOutput, 0)).toBeLessThan(160_000)
  })

  it('在解析不到 tsx 的目录里导出、校验、查看最大的样例，并读回导出的 .docx', () => {
    // 先确认这里确实解析不到 tsx：否则下面的运行证明不了什么。
    const probe = spawnSync(process.execPath, ['--input-type=module', '-e', "await import('tsx/esm/api')"], {
      cwd: isolated,
      encoding: 'utf8',
      env: { ...process.env, NODE_PATH: '' },
    })
    expect(probe.status).not.toBe(0)
    expect(probe.stderr).toContain('ERR_MODULE_NOT_FOUND')

    const seed = join(SEEDS_DIR, largestSeed())
    const docx = join(isolated, 'out.docx')
    const html = join(isolated, 'out.html')
    const exported = run('export', seed, '--docx', docx, '--html', html, '--force')
    expect(exported.stderr).toContain('已导出')
    expect(exported.status).toBe(0)
    expect(readFileSync(docx).subarray(0, 2).toString()).toBe('PK')

    const validated = run('validate', seed, '--json')
    expect([0, 1]).toContain(validated.status)
    expect(Array.isArray(JSON.parse(validated.stdout).findings)).toBe(true)

    const inspected = run('inspect', seed, '--json')
    expect(inspected.status).toBe(0)
    const summary = JSON.parse(inspected.stdout)
    expect(summary.items.length).toBeGreaterThan(0)

    // 读回 .docx（mammoth 那一块）与网页（htmlparser2 那一块）：按需载入的分块在隔离目录里也找得到。
    for (const file of [docx, html]) {
      const back = run('inspect', file, '--json')
      expect(back.stderr).toBe('')
      expect(back.status).toBe(0)
      expect(JSON.parse(back.stdout).title).toBe(summary.title)
    }
  })

  it('没有构建时，bin 给出中文提示而不是去编译 TypeScript', () => {
    const bare = mkdtempSync(join(tmpdir(), 'tongbao-unbuilt-'))
    cpSync(resolve('bin'), join(bare, 'bin'), { recursive: true })
    writeFileSync(join(bare, 'package.json'), '{"type":"module"}')
    expect(existsSync(join(bare, 'out'))).toBe(false)
    const r = spawnSync(process.execPath, [join(bare, 'bin/tongbao.cjs'), 'inspect', 'x.txt'], { encoding: 'utf8', cwd: bare })
    expect(r.status).toBe(2)
    expect(r.stderr).toContain('npm run build:cli')
  })
})
