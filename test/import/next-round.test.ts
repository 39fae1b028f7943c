// 从上一轮新建：问题清单和原话、联系方式、落款机关留下；日期和进展文字清空但留作参照；状态沿用；轮次推进。
import { describe, expect, it } from 'vitest'
import { Item } from '../../core/model/item'
import { RichText } from '../../core/model/rich-text'
import { noticeText } from '../../core/document/blocks'
import { advanceRoundLabel } from '../../core/next-round/round-label'
import { startNextRound, startNextRoundWithReport } from '../../core/next-round/start-next-round'
import { NoticeSchema } from '../../core/model/notice'
import { sampleNotice } from '../support/sample-notice'

describe('轮次推进', () => {
  it.each([
    ['十五届省委第二轮', '十五届省委第三轮'],
    ['十四届省委第九轮', '十四届省委第十轮'],
    ['十四届省委第十轮', '十四届省委第十一轮'],
    ['市委第3轮', '市委第4轮'],
  ])('%s → %s', (from, to) => {
    expect(advanceRoundLabel(from)).toBe(to)
  })

  it.each(['', '优化营商环境', '省委专项'])('认不出轮次的“%s”返回 null', (label) => {
    expect(advanceRoundLabel(label)).toBeNull()
  })
})

describe('startNextRound', () => {
  const previous = sampleNotice()
  const { notice: next, roundAdvanced } = startNextRoundWithReport(previous)

  it('结果是一份有效的通报', () => {
    expect(NoticeSchema.safeParse(next).success).toBe(true)
  })

  it('保留机关、类型、层级、联系方式和落款机关，推进轮次', () => {
    expect(next.meta.issuer).toEqual(previous.meta.issuer)
    expect(next.meta.kind).toBe(previous.meta.kind)
    expect(next.meta.level).toBe(previous.meta.level)
    expect(next.meta.roundLabel).toBe('十五届省委第四轮')
    expect(roundAdvanced).toBe(true)
    expect(next.contact).toEqual(previous.contact)
    expect(next.signature).toEqual({ org: previous.signature.org, date: null })
  })

  it('清空日期', () => {
    expect(next.meta.period).toEqual({ start: null, end: null })
    expect(next.meta.feedbackDate).toBeNull()
    expect([...Item.all(next)].every((e) => e.item.deadline === null)).toBe(true)
  })

  it('方面/问题树与问题原话不变', () => {
    const shape = (items: typeof previous.rectification.items): unknown => items.map((i) => [i.role, i.title, shape(i.children)])
    expect(shape(next.rectification.items)).toEqual(shape(previous.rectification.items))
  })

  it('措施的进展文字清空，上一轮的文字和状态留作参照', () => {
    const before = [...Item.all(previous)]
    const after = [...Item.all(next)]
    expect(after).toHaveLength(before.length)
    after.forEach(({ item }, i) => {
      const old = before[i]!.item
      expect(item.reference).toEqual({ title: old.title, status: old.status, body: old.body })
      if (item.role === 'measure') expect(RichText.isEmpty(item.body)).toBe(true)
    })
    expect(noticeText(next)).not.toContain('已开工项目15个')
  })

  it('状态沿用：上一轮已完成的仍标为已完成', () => {
    const statuses = (n: typeof previous) => [...Item.all(n)].filter((e) => e.item.role === 'problem').map((e) => e.item.status)
    expect(statuses(next)).toEqual(statuses(previous))
    expect(statuses(next)).toContain('已完成')
  })

  it('统计数字清空', () => {
    expect(next.statistics.partyDiscipline.total).toBeNull()
    expect(next.statistics.systemsBuilt).toBeNull()
    expect(next.statistics.override).toBeNull()
  })

  it('不改动上一轮的通报', () => {
    const fresh = sampleNotice()
    const before = structuredClone(fresh)
    const next = startNextRound(fresh)
    next.contact.phones.push('000')
    next.rectification.items[0]!.title = '改过'
    expect(fresh).toEqual(before)
  })

  it('认不出轮次时保持原样并如实报告', () => {
    const n = sampleNotice()
    n.meta.roundLabel = '优化营商环境'
    const r = startNextRoundWithReport(n)
    expect(r.roundAdvanced).toBe(false)
    expect(r.notice.meta.roundLabel).toBe('优化营商环境')
  })
})
