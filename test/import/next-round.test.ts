// 从一份已有的通报开始：续报（同一次巡视）沿用一切、状态待确认；新一轮（新的巡视）只沿用机关、联系方式和套话。
import { describe, expect, it } from 'vitest'
import { progress, progressSentence } from '../../core/derive/progress'
import { contactText } from '../../core/derive/contact-text'
import { Item } from '../../core/model/item'
import { NoticeSchema } from '../../core/model/notice'
import { RichText } from '../../core/model/rich-text'
import { advanceRoundLabel } from '../../core/next-round/round-label'
import { startNextRound, summaryText } from '../../core/next-round/start-next-round'
import { parseProject, serializeProject } from '../../core/project/project-file'
import { validate } from '../../core/rules/validate'
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

const shape = (items: Item[]): unknown => items.map((i) => [i.role, i.title, i.deadline, i.responsible, shape(i.children)])
const problems = (n: ReturnType<typeof sampleNotice>) => [...Item.all(n)].filter((e) => e.item.role === 'problem').map((e) => e.item)

describe('续报（同一次巡视）', () => {
  const previous = sampleNotice()
  previous.rectification.items[0]!.children[0]!.deadline = '2024-12-31'
  previous.rectification.items[0]!.children[0]!.responsible = '县委办'
  previous.lead.override = RichText.of('根据省委统一部署，省委第五巡视组对青山县进行了巡视。')
  previous.signOff = {
    orgMarks: [],
    docNumber: '青委〔2024〕5号',
    signer: null,
    cc: [],
    printer: null,
    printDate: null,
    profile: null,
    redhead: true,
    banji: true,
  }
  const before = structuredClone(previous)
  const r = startNextRound(previous)
  const next = r.notice

  it('默认就是续报；结果是一份有效的通报，不改动上一份', () => {
    expect(r.mode).toBe('follow-up')
    expect(NoticeSchema.safeParse(next).success).toBe(true)
    expect(previous).toEqual(before)
  })

  it('轮次、巡视组、期间、反馈日期、主题、通报类型不变；成文日期清空', () => {
    expect(next.meta).toEqual({ ...previous.meta, publication: { date: null, source: null } })
    expect(next.signature).toEqual({ org: previous.signature.org, date: null })
  })

  it('条目树、标题、时限、责任单位不变；正文作为起始文字，同时留作上一轮参照', () => {
    expect(shape(next.rectification.items)).toEqual(shape(previous.rectification.items))
    const old = [...Item.all(previous)]
    const now = [...Item.all(next)]
    expect(now).toHaveLength(old.length)
    now.forEach(({ item }, i) => {
      expect(item.body).toEqual(old[i]!.item.body)
      expect(item.reference).toEqual({ title: old[i]!.item.title, status: old[i]!.item.status, body: old[i]!.item.body })
      expect(item.id).not.toBe(old[i]!.item.id)
    })
  })

  it('问题的状态沿用但待确认：进度只数已确认的', () => {
    expect(problems(next).map((i) => [i.status, i.statusPending])).toEqual(problems(previous).map((i) => [i.status, true]))
    expect(progress(previous).done).toBe(2)
    expect(progress(next)).toMatchObject({ problems: 3, done: 0, ongoing: 0, pending: 3 })
    expect(progressSentence(next)).toBe('巡视反馈的2个方面3个问题，已完成整改0个')
  })

  it('确认一个状态后才计入进度', () => {
    const n = structuredClone(next)
    delete n.rectification.items[0]!.children[0]!.statusPending
    expect(progress(n)).toMatchObject({ done: 1, pending: 2 })
  })

  it('规则列出待确认的状态和与上一份相同的正文', () => {
    const codes = validate(next).map((f) => f.rule)
    expect(codes.filter((c) => c === 'TB055')).toHaveLength(3)
    expect(codes.filter((c) => c === 'TB038')).toHaveLength(4)
  })

  it('手写导语、联系方式、签发稿设置照旧', () => {
    expect(next.lead.override).toEqual(previous.lead.override)
    expect(next.contact).toEqual(previous.contact)
    expect(next.signOff).toEqual(previous.signOff)
  })

  it('待确认保存后重新打开仍在', () => {
    const reopened = parseProject(new TextEncoder().encode(serializeProject(next)))
    expect(problems(reopened).every((i) => i.statusPending === true)).toBe(true)
  })

  it('摘要说明沿用、清空和下一步', () => {
    const text = summaryText(r.summary).join('\n')
    expect(text).toContain('状态待确认 3 项')
    expect(text).toContain('条目 9 项（问题 3 个）')
    expect(text).toContain('导语沿用上一份的手写文字')
  })
})

describe('新一轮（新的巡视）', () => {
  const previous = sampleNotice()
  // 手写段落写着与字段相同的渠道（只是措辞不同）：仍与字段一致，沿用。
  previous.contact.override = RichText.of(
    '欢迎监督。联系方式：电话0571-86012345；邮政信箱：浙江省青山县人民大道1号县委办公室；邮编：311300；电子邮箱：qsxwxc@example.gov.cn。',
  )
  previous.organization.heading = '整改工作组织情况'
  const r = startNextRound(previous, 'new-round')
  const next = r.notice

  it('结果是一份有效的通报', () => {
    expect(NoticeSchema.safeParse(next).success).toBe(true)
  })

  it('沿用机关、类型、层级、对象、联系方式（含手写段落）、部分标题和落款机关；推进轮次', () => {
    expect(next.meta.issuer).toEqual(previous.meta.issuer)
    expect(next.meta.kind).toBe(previous.meta.kind)
    expect(next.meta.level).toBe(previous.meta.level)
    expect(next.meta.target).toBe(previous.meta.target)
    expect(next.meta.roundLabel).toBe('十五届省委第四轮')
    expect(r.roundAdvanced).toBe(true)
    expect(next.contact).toEqual(previous.contact)
    expect(next.organization.heading).toBe('整改工作组织情况')
    expect(next.signature).toEqual({ org: previous.signature.org, date: null })
  })

  it('手写段落与字段不一致（字段改过、段落没改）时不沿用，按字段生成', () => {
    const stale = structuredClone(previous)
    stale.contact.phones = ['0571-86019999']
    const fresh = startNextRound(stale, 'new-round').notice
    expect(fresh.contact.override).toBeNull()
    expect(RichText.text(contactText(fresh))).toContain('0571-86019999')
    // 续报同样只沿用仍一致的手写段落
    expect(startNextRound(stale, 'follow-up').notice.contact.override).toBeNull()
    expect(startNextRound(previous, 'follow-up').notice.contact.override).toEqual(previous.contact.override)
  })

  it('清空巡视组、日期、统计、状态和问题清单', () => {
    expect(next.meta.inspectionGroup).toBe('')
    expect(next.meta.period).toEqual({ start: null, end: null })
    expect(next.meta.feedbackDate).toBeNull()
    expect(next.statistics.partyDiscipline.total).toBeNull()
    expect(next.statistics.systemsBuilt).toBeNull()
    expect(next.rectification.items).toEqual([])
    expect(progress(next)).toMatchObject({ problems: 0, done: 0, pending: 0 })
  })

  it('可保留方面标题作空骨架', () => {
    const skeleton = startNextRound(previous, 'new-round', { keepAspects: true }).notice
    expect(skeleton.rectification.items.map((i) => [i.role, i.title, i.children.length, i.body.length, i.reference])).toEqual([
      ['aspect', '关于贯彻落实党中央决策部署方面', 0, 0, undefined],
      ['aspect', '关于全面从严治党方面', 0, 0, undefined],
    ])
  })

  it('认不出轮次时轮次留空，摘要提示填写', () => {
    const n = sampleNotice()
    n.meta.roundLabel = '优化营商环境'
    const s = startNextRound(n, 'new-round')
    expect(s.roundAdvanced).toBe(false)
    expect(s.notice.meta.roundLabel).toBe('')
    expect(summaryText(s.summary).join('')).toContain('未能从“优化营商环境”认出轮次')
  })
})
