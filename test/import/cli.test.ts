// 命令行：tongbao import / next-round / inspect 接受 .txt、.html、.docx 和 .tongbao。
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { runCli } from '../../electron/cli/main'
import { parseProject } from '../../core/project/project-file'
import { minimalDocx } from './support/minimal-docx'
import type { ItemSummary, NoticeSummary } from '../../core/inspect/summary'
import { seedNames, seedText } from '../support/seeds'

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
  it('--mode new-round：从 .txt 开始新一轮，推进轮次，问题清单清空', async () => {
    const src = join(dir, 'prev.txt')
    writeFileSync(src, fixture)
    const r = await cli('next-round', src, '-o', join(dir, 'next.tongbao'), '--mode', 'new-round')
    expect(r.code).toBe(0)
    expect(r.err).toContain('新一轮（新的巡视）')
    expect(r.err).toContain('十五届省委第五轮')
    expect(r.err).toMatch(/已清空：.*问题清单/)
    const next = parseProject(readFileSync(join(dir, 'next.tongbao')))
    expect(next.meta.roundLabel).toBe('十五届省委第五轮')
    expect(next.rectification.items).toEqual([])
  })

  it('默认续报：原文写明的整改状态沿用并待确认，正文沿用', async () => {
    const src = join(dir, 'status.txt')
    writeFileSync(src, readFileSync(join(import.meta.dirname, 'fixtures/status-labels.txt')))
    const r = await cli('next-round', src, '-o', join(dir, 'status-next.tongbao'))
    expect(r.code).toBe(0)
    expect(r.err).toContain('续报（同一次巡视）')
    expect(r.err).toContain('状态待确认 3 项')
    const next = parseProject(readFileSync(join(dir, 'status-next.tongbao')))
    expect(next.rectification.items.map((i) => [i.status, i.statusPending, i.reference?.status])).toEqual([
      ['已完成', true, '已完成'],
      ['持续推进', true, '持续推进'],
      ['基本完成', true, '基本完成'],
    ])
  })

  it('从 .tongbao 续报，inspect --json 读出待确认', async () => {
    await cli('import', join(dir, 'prev.txt'), '-o', join(dir, 'prev.tongbao'))
    const r = await cli('next-round', join(dir, 'prev.tongbao'), '-o', join(dir, 'next2.tongbao'), '--mode', 'follow-up')
    expect(r.code).toBe(0)
    const inspected = JSON.parse((await cli('inspect', join(dir, 'next2.tongbao'), '--json')).out)
    expect(inspected.items).toHaveLength(3)
  })

  it('--mode new-round --keep-aspects：留下方面标题作空骨架；续报不接受这个选项', async () => {
    const src = join(dir, 'four.txt')
    writeFileSync(src, readFileSync(join(import.meta.dirname, 'fixtures/four-levels.txt')))
    const r = await cli('next-round', src, '-o', join(dir, 'four-next.tongbao'), '--mode', 'new-round', '--keep-aspects')
    expect(r.code).toBe(0)
    expect(r.err).toContain('2 个方面的标题')
    const next = parseProject(readFileSync(join(dir, 'four-next.tongbao')))
    expect(next.rectification.items.map((i) => [i.role, i.title, i.children.length])).toEqual([
      ['aspect', '聚焦贯彻落实党中央决策部署方面', 0],
      ['aspect', '聚焦群众身边腐败问题和不正之风方面', 0],
    ])
    const wrong = await cli('next-round', src, '-o', join(dir, 'four-wrong.tongbao'), '--keep-aspects')
    expect(wrong.code).toBe(2)
    expect(wrong.err).toContain('--keep-aspects 只用于 --mode new-round')
  })

  it('不认识的 --mode：中文说明，退出码 2', async () => {
    const r = await cli('next-round', join(dir, 'prev.txt'), '-o', join(dir, 'bad.tongbao'), '--mode', 'next')
    expect(r.code).toBe(2)
    expect(r.err).toContain('follow-up（续报')
  })
})

describe('样例 003：next-round 之后 inspect --json', () => {
  const seed = seedNames().find((s) => s.startsWith('003_'))!
  const src = join(dir, '003.txt')
  writeFileSync(src, seedText(seed))
  const inspect = async (file: string) => JSON.parse((await cli('inspect', file, '--json')).out) as NoticeSummary
  const shape = (items: ItemSummary[]): unknown => items.map((i) => [i.role, i.title, shape(i.children)])
  const walk = function* (items: ItemSummary[]): Generator<ItemSummary> {
    for (const i of items) {
      yield i
      yield* walk(i.children)
    }
  }

  it('--mode follow-up：期间、反馈日期、条目树与原文相同，有正文的措施仍有正文，问题待确认', async () => {
    expect((await cli('next-round', src, '-o', join(dir, '003-follow.tongbao'), '--mode', 'follow-up')).code).toBe(0)
    const before = await inspect(src)
    const after = await inspect(join(dir, '003-follow.tongbao'))
    expect(after.period).toEqual(before.period)
    expect(after.feedbackDate).toBe(before.feedbackDate)
    expect(shape(after.items)).toEqual(shape(before.items))
    const old = [...walk(before.items)]
    const now = [...walk(after.items)]
    expect(now).toHaveLength(old.length)
    const hadText = old.map((o, i) => [o, now[i]!] as const).filter(([o]) => o.role === 'measure' && o.text.trim() !== '')
    expect(hadText.length).toBeGreaterThan(0)
    expect(hadText.filter(([, n]) => n.text.trim() === '')).toEqual([])
    expect(now.filter((i) => i.role === 'problem').every((i) => i.statusPending === true)).toBe(true)
  })

  it('--mode new-round：没有条目', async () => {
    expect((await cli('next-round', src, '-o', join(dir, '003-new.tongbao'), '--mode', 'new-round')).code).toBe(0)
    expect((await inspect(join(dir, '003-new.tongbao'))).items).toEqual([])
  })
})
