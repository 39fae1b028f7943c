// 从五份样例各自开始下一份：续报沿用整个条目树和正文、状态待确认；新一轮只留机关、联系方式和套话。
import { describe, expect, it } from 'vitest'
import { progress } from '../../core/derive/progress'
import { importFromText } from '../../core/import/import-from-text'
import { Item } from '../../core/model/item'
import { type Notice, NoticeSchema } from '../../core/model/notice'
import { RichText } from '../../core/model/rich-text'
import { startNextRound } from '../../core/next-round/start-next-round'
import { seedNames, seedsExpected, seedText } from '../support/seeds'

const tree = (n: Notice) => [...Item.all(n)].map((e) => [e.section, e.depth, e.item.role, e.item.title])

describe.each(seedNames())('从样例 %s 续报', (seed) => {
  const previous = importFromText(seedText(seed)).notice
  const { notice: next, summary } = startNextRound(previous, 'follow-up')

  it('是一份有效的通报；机关、轮次、日期、联系方式不变', () => {
    expect(NoticeSchema.safeParse(next).success).toBe(true)
    expect(next.meta.issuer).toEqual(previous.meta.issuer)
    expect(next.meta.roundLabel).toBe(previous.meta.roundLabel)
    expect(next.meta.period).toEqual(previous.meta.period)
    expect(next.meta.feedbackDate).toBe(previous.meta.feedbackDate)
    expect(next.contact).toEqual(previous.contact)
  })

  it('条目树不变，每个有正文的条目带着同样的正文和上一轮参照', () => {
    expect(tree(next)).toEqual(tree(previous))
    const old = [...Item.all(previous)].map((e) => e.item)
    ;[...Item.all(next)].forEach(({ item }, i) => {
      expect(RichText.texts(item.body)).toEqual(RichText.texts(old[i]!.body))
      expect(item.reference?.title).toBe(old[i]!.title)
    })
  })

  it('进度在确认前为 0，每个最下层的问题都待确认', () => {
    const p = progress(next)
    expect(p.done + p.basicallyDone + p.ongoing).toBe(0)
    expect(p.pending).toBe(p.specificProblems || p.problems)
    expect(summary.next.join('')).toContain(`状态待确认 ${p.pending} 项`)
  })
})

describe.each(seedNames())('从样例 %s 开始新一轮', (seed) => {
  const previous = importFromText(seedText(seed)).notice
  const { notice: next, roundAdvanced } = startNextRound(previous, 'new-round')

  it('是一份有效的通报，机关、类型、联系方式、落款机关不变，没有问题', () => {
    expect(NoticeSchema.safeParse(next).success).toBe(true)
    expect(next.meta.issuer).toEqual(previous.meta.issuer)
    expect(next.meta.kind).toBe(seedsExpected().seeds[seed]!.inspection_kind)
    expect(next.contact).toEqual(previous.contact)
    expect(next.signature).toEqual({ org: previous.signature.org || previous.meta.issuer.fullName, date: null })
    expect(next.rectification.items).toEqual([])
    // 网页上缺的部分（如样例 003 没有标题行）不是机关的习惯：新一轮按模板各部分齐全
    expect(next.parts).toContain('title')
  })

  it('轮次能认出时推进一轮，否则留空', () => {
    const round = seedsExpected().seeds[seed]!.inspection_round as string | null
    expect(roundAdvanced).toBe(Boolean(round && /第.+轮/.test(round)))
    if (!roundAdvanced) expect(next.meta.roundLabel).toBe('')
  })

  it('上一轮的整改进展文字和日期不出现在新通报中', () => {
    const old = [...Item.all(previous)].flatMap((e) => RichText.texts(e.item.body)).filter((t) => t.length > 10)
    const text = JSON.stringify(next)
    expect(old.filter((t) => text.includes(t))).toEqual([])
    expect(next.meta.period).toEqual({ start: null, end: null })
    expect(next.meta.feedbackDate).toBeNull()
  })
})

it('样例 003 续报：84 个条目全部沿用，措施的正文是可编辑的起始文字', () => {
  const seed = seedNames().find((s) => s.startsWith('003_'))!
  const previous = importFromText(seedText(seed)).notice
  const next = startNextRound(previous).notice
  const entries = [...Item.all(next)].filter((e) => e.section === 'rectification')
  expect(Item.count(previous.rectification.items)).toBe(84)
  expect(entries).toHaveLength(84)
  const measures = entries.filter((e) => e.item.role === 'measure')
  expect(measures).toHaveLength(58)
  expect(measures.every((e) => !RichText.isEmpty(e.item.body))).toBe(true)
})
