// tongbao validate：--json 的形状、退出码（有错误 1，否则 0，读不了 2），并带上导入时的发现。
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runCli } from '../../electron/cli/main'
import { saveProject } from '../../electron/files/project-store'
import { Paragraph } from '../../core/model/rich-text'
import { SEEDS_DIR, seedNames } from '../support/seeds'
import { sampleNotice } from '../support/sample-notice'
import { TODAY } from './rule-tester'

interface JsonOut {
  findings: { rule: string; severity: string; message: string; path: string }[]
}

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = ''
  let err = ''
  const code = await runCli(['validate', ...args], { out: (t) => (out += t + '\n'), err: (t) => (err += t + '\n') })
  return { code, out, err }
}

const dir = mkdtempSync(join(tmpdir(), 'tongbao-validate-'))

describe('tongbao validate', () => {
  it('完整的通报：退出码 0，--json 输出空列表', async () => {
    const file = join(dir, 'ok.tongbao')
    await saveProject(file, sampleNotice())
    const r = await run([file, '--json', '--today', TODAY])
    expect(r.code).toBe(0)
    expect(JSON.parse(r.out)).toEqual({ findings: [] })
  })

  it('只有警告：退出码 0，文字输出列出警告', async () => {
    const n = sampleNotice()
    n.organization.paragraphs.push(Paragraph.of('联系人手机13812345678。'))
    const file = join(dir, 'warn.tongbao')
    await saveProject(file, n)
    const r = await run([file, '--today', TODAY])
    expect(r.code).toBe(0)
    expect(r.out).toContain('TB040')
    expect(r.out).toContain('警告')
  })

  it('有错误：退出码 1，path 为 JSON Pointer', async () => {
    const n = sampleNotice()
    n.signature.date = null
    const file = join(dir, 'err.tongbao')
    await saveProject(file, n)
    const r = await run([file, '--json', '--today', TODAY])
    expect(r.code).toBe(1)
    const out = JSON.parse(r.out) as JsonOut
    expect(out.findings).toEqual([{ rule: 'TB010', severity: 'error', message: expect.any(String), path: '/signature/date' }])
  })

  it('导入的文本：包括导入时的发现，样例 002 的电话格式为错误', async () => {
    const file = join(
      SEEDS_DIR,
      seedNames().find((s) => s.startsWith('002_'))!,
    )
    const r = await run([file, '--json'])
    expect(r.code).toBe(1)
    const out = JSON.parse(r.out) as JsonOut
    for (const f of out.findings) {
      expect(Object.keys(f).sort()).toEqual(['message', 'path', 'rule', 'severity'])
      expect(['error', 'warning', 'info']).toContain(f.severity)
      expect(f.path).toMatch(/^(\/[^/]*)*$/)
    }
    expect(out.findings.some((f) => /^TB1\d\d$/.test(f.rule))).toBe(true)
    expect(out.findings).toContainEqual(expect.objectContaining({ rule: 'TB011', severity: 'error', path: '/contact/phones/0' }))
  })

  it('读不了的输入：退出码 2，中文说明', async () => {
    const missing = await run([join(dir, 'none.tongbao')])
    expect(missing.code).toBe(2)
    const bad = join(dir, 'bad.tongbao')
    writeFileSync(bad, 'not json at all')
    const r = await run([bad, '--json'])
    expect(r.code).toBe(2)
    expect(r.err).toMatch(/\p{Script=Han}/u)
    expect(r.out).toBe('')
  })

  it('缺文件参数或日期参数有误：退出码 2', async () => {
    expect((await run([])).code).toBe(2)
    expect((await run([join(dir, 'ok.tongbao'), '--today', '2024-13-01'])).code).toBe(2)
  })
})
