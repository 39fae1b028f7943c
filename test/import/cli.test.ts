// 命令行：tongbao import / next-round / inspect 接受 .txt、.html、.docx 和 .tongbao。
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { runCli } from '../../electron/cli/main'
import { parseProject } from '../../core/project/project-file'
import { minimalDocx } from './support/minimal-docx'

const dir = mkdtempSync(join(tmpdir(), 'tongbao-cli-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))
const fixture = readFileSync(join(import.meta.dirname, 'fixtures/unheaded-runin.txt'), 'utf8')

async function cli(...argv: string[]) {
  const out: string[] = []
  const err: string[] = []
  const code = await runCli(argv, { out: (t) => out.push(t), err: (t) => err.push(t) })
  return { code, out: out.join('\n'), err: err.join('\n') }
}

describe('tongbao import', () => {
  it('把 .txt 导入为工程文件', async () => {
    const src = join(dir, 'a.txt')
    writeFileSync(src, fixture)
    const r = await cli('import', src, '-o', join(dir, 'a.tongbao'))
    expect(r.code).toBe(0)
    const notice = parseProject(readFileSync(join(dir, 'a.tongbao')))
    expect(notice.rectification.items).toHaveLength(3)
  })

  it('--json 输出摘要与导入提示', async () => {
    const src = join(dir, 'b.docx')
    writeFileSync(src, minimalDocx(fixture.split('\n').filter((l) => l.trim())))
    const r = await cli('import', src, '-o', join(dir, 'b.tongbao'), '--json')
    expect(r.code).toBe(0)
    const json = JSON.parse(r.out)
    expect(json.summary.items).toHaveLength(3)
    expect(Array.isArray(json.findings)).toBe(true)
  })

  it('缺少 -o 时给出用法', async () => {
    const r = await cli('import', join(dir, 'a.txt'))
    expect(r.code).toBe(2)
    expect(r.err).toContain('-o')
  })

  it('不是通报的文件：中文错误，退出码 2', async () => {
    const src = join(dir, 'junk.txt')
    writeFileSync(src, '购物清单\n苹果三斤。')
    const r = await cli('import', src, '-o', join(dir, 'junk.tongbao'))
    expect(r.code).toBe(2)
    expect(r.err).toMatch(/^错误：.*通报/)
  })
})

describe('tongbao next-round', () => {
  it('从 .txt 直接新建下一轮', async () => {
    const src = join(dir, 'prev.txt')
    writeFileSync(src, fixture)
    const r = await cli('next-round', src, '-o', join(dir, 'next.tongbao'))
    expect(r.code).toBe(0)
    expect(r.err).toContain('十五届省委第五轮')
    const next = parseProject(readFileSync(join(dir, 'next.tongbao')))
    expect(next.meta.roundLabel).toBe('十五届省委第五轮')
    expect(next.rectification.items[0]!.children[0]!.reference?.body.length).toBe(1)
  })

  it('原文写明的整改状态带到下一轮，上一轮已完成的仍标为已完成', async () => {
    const src = join(dir, 'status.txt')
    writeFileSync(src, readFileSync(join(import.meta.dirname, 'fixtures/status-labels.txt')))
    const r = await cli('next-round', src, '-o', join(dir, 'status-next.tongbao'))
    expect(r.code).toBe(0)
    expect(r.err).toContain('已完成 1 项')
    const next = parseProject(readFileSync(join(dir, 'status-next.tongbao')))
    expect(next.rectification.items.map((i) => [i.status, i.reference?.status])).toEqual([
      ['已完成', '已完成'],
      ['持续推进', '持续推进'],
      ['基本完成', '基本完成'],
    ])
    expect(next.rectification.items[1]!.body).toEqual([])
  })

  it('从 .tongbao 新建，inspect 能读出结果', async () => {
    await cli('import', join(dir, 'prev.txt'), '-o', join(dir, 'prev.tongbao'))
    const r = await cli('next-round', join(dir, 'prev.tongbao'), '-o', join(dir, 'next2.tongbao'))
    expect(r.code).toBe(0)
    const inspected = await cli('inspect', join(dir, 'next2.tongbao'), '--json')
    expect(JSON.parse(inspected.out).items).toHaveLength(3)
  })
})
