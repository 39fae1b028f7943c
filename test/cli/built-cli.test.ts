// 打好的命令行：导入图里没有 tsx，除 Node 内置模块外不依赖任何包；拷到没有 node_modules 的目录里照样能导出、校验、查看。
import { execFileSync, spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { largestSeed, SEEDS_DIR } from '../support/seeds'

interface Metafile {
  inputs: Record<string, unknown>
  outputs: Record<
    string,
    { inputs: Record<string, { bytesInOutput: number }>; imports: { path: string; kind: string; external?: boolean }[] }
  >
}

// 与仓库无关的目录：从这里往上找不到任何 node_modules，tsx 和其他包都无从解析。
const isolated = mkdtempSync(join(tmpdir(), 'tongbao-built-cli-'))
const bin = join(isolated, 'bin/tongbao.mjs')
let meta: Metafile

const run = (...args: string[]) =>
  spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', cwd: isolated, env: { ...process.env, NODE_PATH: '', NODE_OPTIONS: '' } })

beforeAll(() => {
  execFileSync(process.execPath, ['scripts/build-cli.mjs', '--outdir', join(isolated, 'out/cli')])
  mkdirSync(join(isolated, 'bin'))
  cpSync(resolve('bin/tongbao.mjs'), bin)
  meta = JSON.parse(readFileSync(join(isolated, 'out/cli/meta.json'), 'utf8'))
})

describe('打好的命令行', () => {
  it('导入图里没有 tsx，也没有 TypeScript 以外要在运行时解析的包', () => {
    const inputs = Object.keys(meta.inputs)
    expect(inputs.some((p) => p.includes('electron/cli/main.ts'))).toBe(true)
    expect(inputs.filter((p) => /node_modules[\\/](tsx|esbuild|typescript)[\\/]/.test(p))).toEqual([])
    const external = Object.values(meta.outputs).flatMap((o) => o.imports.filter((i) => i.external).map((i) => i.path))
    expect(external.filter((p) => !p.startsWith('node:') && !/^[a-z_]+$/.test(p))).toEqual([])
    expect(external).not.toContain('tsx')
  })

  it('docx、mammoth、htmlparser2 不在入口模块里，按需载入', () => {
    const entry = Object.entries(meta.outputs).find(([name]) => name.endsWith('out/cli/tongbao.mjs'))
    expect(entry).toBeDefined()
    const staticChunks = new Set<string>()
    const visit = (name: string) => {
      for (const i of meta.outputs[name]!.imports) {
        if (i.kind !== 'import-statement' || i.external || staticChunks.has(i.path)) continue
        staticChunks.add(i.path)
        visit(i.path)
      }
    }
    visit(entry![0])
    const eager = Object.entries(meta.outputs)
      .filter(([name]) => name === entry![0] || staticChunks.has(name))
      .flatMap(([, o]) => Object.keys(o.inputs))
    expect(eager.filter((p) => /node_modules[\\/](docx|mammoth|htmlparser2|jszip)[\\/]/.test(p))).toEqual([])
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
    mkdirSync(join(bare, 'bin'))
    cpSync(resolve('bin/tongbao.mjs'), join(bare, 'bin/tongbao.mjs'))
    writeFileSync(join(bare, 'package.json'), '{"type":"module"}')
    expect(existsSync(join(bare, 'out'))).toBe(false)
    const r = spawnSync(process.execPath, [join(bare, 'bin/tongbao.mjs'), 'inspect', 'x.txt'], { encoding: 'utf8', cwd: bare })
    expect(r.status).toBe(2)
    expect(r.stderr).toContain('npm run build:cli')
  })
})
