import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

const BIN = resolve('bin/tongbao.cjs')
const dir = mkdtempSync(join(tmpdir(), 'tongbao-cli-'))
const run = (...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', cwd: dir })

describe('tongbao 命令行：new 与 inspect', () => {
  it.each(['巡视', '巡察'])('new --kind %s 后 inspect --json 给出约定形状，各部分齐全且为空', (kind) => {
    const file = join(dir, `${kind}.tongbao`)
    const made = run('new', '--kind', kind, '-o', file)
    expect(made.status).toBe(0)
    const out = run('inspect', file, '--json')
    expect(out.status).toBe(0)
    const json = JSON.parse(out.stdout)
    expect(Object.keys(json).sort()).toEqual(
      ['contact', 'feedbackDate', 'inspector', 'issuer', 'items', 'kind', 'period', 'sections', 'signature', 'title'].sort(),
    )
    expect(json.kind).toBe(kind)
    expect(json.title).toMatch(new RegExp(`${kind}整改进展情况的通报$`))
    expect(json.period).toEqual({ start: null, end: null })
    expect(json.feedbackDate).toBeNull()
    expect(json.signature).toEqual({ org: null, date: null })
    expect(json.sections).toEqual({
      lead: true,
      organization: true,
      statistics: true,
      items: true,
      nextSteps: true,
      contact: true,
      signature: true,
    })
    expect(json.items).toEqual([])
    expect(json.contact).toEqual({ phones: [], addresses: [], postcodes: [], emails: [], websites: [] })
  })

  it('new 写出的文件是 UTF-8 JSON 工程文件', () => {
    const file = join(dir, 'a.tongbao')
    execFileSync(process.execPath, [BIN, 'new', '--kind', '巡视', '-o', file])
    expect(JSON.parse(readFileSync(file, 'utf8')).format).toBe('tongbao')
  })

  it('坏输入：退出码 2，stderr 上是中文说明', () => {
    const bad = join(dir, 'bad.tongbao')
    writeFileSync(bad, '{"truncated": ')
    const r = run('inspect', bad, '--json')
    expect(r.status).toBe(2)
    expect(r.stdout).toBe('')
    expect(r.stderr).toMatch(/损坏|不完整/)
  })

  it('缺参数或未知命令：退出码 2 并给出用法', () => {
    const r1 = run('new', '-o', join(dir, 'x.tongbao'))
    expect(r1.status).toBe(2)
    expect(r1.stderr).toMatch(/--kind/)
    const r2 = run('new', '--kind', '检查', '-o', join(dir, 'x.tongbao'))
    expect(r2.status).toBe(2)
    const r3 = run('frobnicate')
    expect(r3.status).toBe(2)
    expect(r3.stderr).toMatch(/未知命令/)
  })
})
