// 从五份样例各自新建下一轮：问题树与原话不变，每个条目带上一轮参照，进展文字与日期清空。
import { describe, expect, it } from 'vitest'
import { noticeText } from '../../core/document/blocks'
import { importFromText } from '../../core/import/import-from-text'
import { Item } from '../../core/model/item'
import { NoticeSchema } from '../../core/model/notice'
import { RichText } from '../../core/model/rich-text'
import { startNextRoundWithReport } from '../../core/next-round/start-next-round'
import { seedNames, seedsExpected, seedText } from '../support/seeds'

describe.each(seedNames())('从样例 %s 新建下一轮', (seed) => {
  const previous = importFromText(seedText(seed)).notice
  const { notice: next, roundAdvanced } = startNextRoundWithReport(previous)

  it('是一份有效的通报，机关、类型、联系方式、落款机关不变', () => {
    expect(NoticeSchema.safeParse(next).success).toBe(true)
    expect(next.meta.issuer).toEqual(previous.meta.issuer)
    expect(next.meta.kind).toBe(seedsExpected().seeds[seed]!.inspection_kind)
    expect(next.contact).toEqual(previous.contact)
    expect(next.signature).toEqual({ org: previous.signature.org || previous.meta.issuer.fullName, date: null })
  })

  it('轮次能认出时推进一轮', () => {
    const round = seedsExpected().seeds[seed]!.inspection_round as string | null
    expect(roundAdvanced).toBe(Boolean(round && /第.+轮/.test(round)))
  })

  it('条目树与标题原话不变，每个条目都带上一轮参照', () => {
    const titles = (n: typeof previous) => [...Item.all(n)].map((e) => [e.section, e.depth, e.item.title])
    expect(titles(next)).toEqual(titles(previous))
    expect([...Item.all(next)].every((e) => e.item.reference !== undefined)).toBe(true)
  })

  it('措施与问题的进展文字清空，不出现在新通报中', () => {
    const cleared = [...Item.all(previous)].filter((e) => e.item.role !== 'aspect').flatMap((e) => RichText.texts(e.item.body))
    const text = noticeText(next)
    expect(cleared.filter((t) => t.length > 10 && text.includes(t))).toEqual([])
    expect(next.meta.period).toEqual({ start: null, end: null })
    expect(next.meta.feedbackDate).toBeNull()
  })
})
