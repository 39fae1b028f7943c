// 比较两份通报：按部分、按条目；移动算移动，不算一删一增；序号的变化不算改动。
import { describe, expect, it } from 'vitest'
import { compareNotices, totalChanges } from '../../core/compare/compare-notices'
import { diffText, tokenize } from '../../core/compare/text-diff'
import { importFromText } from '../../core/import'
import { Item } from '../../core/model'
import { startNextRound } from '../../core/next-round/start-next-round'
import { makeReviewEdits } from '../support/review-edits'
import { sampleNotice } from '../support/sample-notice'
import { seedNames, seedText } from '../support/seeds'

describe('字词差异', () => {
  it('汉字逐字、字母数字成词；短的相同片段并进改动，读作整词替换', () => {
    expect(tokenize('整改2023年ABC')).toEqual(['整', '改', '2023', '年', 'ABC'])
    expect(diffText('加强组织领导', '强化组织领导')).toEqual([
      { kind: 'delete', text: '加强' },
      { kind: 'insert', text: '强化' },
      { kind: 'equal', text: '组织领导' },
    ])
    expect(diffText('共整改12项。', '共整改15项。')).toEqual([
      { kind: 'equal', text: '共整改' },
      { kind: 'delete', text: '12' },
      { kind: 'insert', text: '15' },
      { kind: 'equal', text: '项。' },
    ])
  })

  it('删去与加入的文字拼回两边的原文', () => {
    const before = '一是提高站位。二是压实责任。三是建章立制。'
    const after = '一是提高政治站位。三是建章立制，长效常治。'
    const ops = diffText(before, after)
    expect(
      ops
        .filter((o) => o.kind !== 'insert')
        .map((o) => o.text)
        .join(''),
    ).toBe(before)
    expect(
      ops
        .filter((o) => o.kind !== 'delete')
        .map((o) => o.text)
        .join(''),
    ).toBe(after)
  })
})

describe('比较两份通报（样例上的四种编辑）', () => {
  const original = importFromText(seedText(seedNames()[0]!)).notice
  const edits = makeReviewEdits(original)
  const result = compareNotices(original, edits.edited)
  const units = result.parts.flatMap((p) => p.units)

  it('改写、删句、加段各是一个条目的改写，移动是一次移动；其间序号变了的条目不算改动', () => {
    expect(result.counts).toEqual({ changed: 3, inserted: 0, deleted: 0, moved: 1 })
    expect(totalChanges(result.counts)).toBe(4)
    const moved = units.filter((u) => u.kind === 'moved')
    expect(moved).toHaveLength(1)
    expect(moved[0]!.label).toContain(edits.movedTitle)
    expect(moved[0]!.edited).toBe(false)
    expect(moved[0]!.from).toMatch(/^原序号 /)
    const changedText = units.filter((u) => u.kind === 'changed').flatMap((u) => u.paragraphs.flat())
    expect(changedText).toContainEqual({ kind: 'delete', text: edits.reword.from })
    expect(changedText).toContainEqual({ kind: 'insert', text: edits.reword.to })
    expect(changedText).toContainEqual({ kind: 'delete', text: edits.deletedSentence })
    expect(changedText).toContainEqual({ kind: 'insert', text: edits.insertedParagraph })
  })

  it('按部分列出，部分的顺序同通报', () => {
    expect(result.parts.map((p) => p.part)).toEqual(original.parts.filter((p) => result.parts.some((x) => x.part === p)))
    expect(result.parts.find((p) => p.part === 'rectification')!.units.filter((u) => u.kind !== 'same').length).toBe(4)
  })

  it('相同的两份：没有改动', () => {
    expect(compareNotices(original, structuredClone(original)).counts).toEqual({ changed: 0, inserted: 0, deleted: 0, moved: 0 })
  })

  it('新增、删除条目；换了上级的条目算移动', () => {
    const n = sampleNotice()
    const after = structuredClone(n)
    const items = after.rectification.items
    const removed = items[0]!.children.shift()!
    items[1]!.children.push(removed)
    const gone = items[0]!.children.pop()!
    items.push(Item.create('problem', '新增的问题'))
    const c = compareNotices(n, after)
    const all = c.parts.flatMap((p) => p.units)
    expect(all.find((u) => u.kind === 'moved')?.from).toContain('原在')
    expect(
      all
        .filter((u) => u.kind === 'inserted')
        .map((u) => u.label)
        .join(),
    ).toContain('新增的问题')
    expect(
      all
        .filter((u) => u.kind === 'deleted')
        .map((u) => u.label)
        .join(),
    ).toContain(gone.title)
    expect(c.counts.moved).toBe(1)
    expect(c.counts.inserted).toBeGreaterThanOrEqual(1)
    expect(c.counts.deleted).toBeGreaterThanOrEqual(1)
  })

  it('与上一轮比较：id 不同的条目按标题认出', async () => {
    const next = (await startNextRound(original, 'follow-up')).notice
    const c = compareNotices(original, next)
    const rect = c.parts.find((p) => p.part === 'rectification')!
    // 续报沿用条目（新的 id）：按标题配上，不是全部删去再全部新增。
    expect(rect.units.filter((u) => u.kind === 'deleted').length).toBeLessThan(rect.units.length / 2)
  })
})
