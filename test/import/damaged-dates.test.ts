// 丢了“年月日”的日期：唯一读法时复原，多种读法时全部列出，读不通时不给读法。
import { describe, expect, it } from 'vitest'
import { dateReadings, findDateMentions, lineDate } from '../../core/import/damaged-dates'
import { importFromText } from '../../core/import/import-from-text'
import { parseLead } from '../../core/import/lead-meta'
import { RichText } from '../../core/model/rich-text'
import { applyFix } from '../../core/rules/apply-fix'
import { validate } from '../../core/rules/validate'

describe('单个日期', () => {
  it.each([
    ['2023726', ['2023-07-26']],
    ['2024222', ['2024-02-22']],
    ['20201027日', ['2020-10-27']],
    ['2022年12月20日', ['2022-12-20']],
    ['2023121', ['2023-01-21', '2023-12-01']],
    ['20231315', []],
    ['2023230', []],
  ])('“%s” 的读法', (raw, expected) => {
    expect(
      dateReadings(raw, { allowRange: false })
        .map((r) => r.start)
        .sort(),
    ).toEqual(expected)
  })

  it('缺年份的“8月10日”借上下文的年份', () => {
    expect(dateReadings('8月10日', { allowRange: false, contextYear: 2022 })).toEqual([{ start: '2022-08-10', end: null }])
    expect(dateReadings('8月10日', { allowRange: false })).toEqual([])
  })
})

describe('期间（连“至”也可能丢了）', () => {
  it('“202331531” 有两种读法，都列出', () => {
    const readings = dateReadings('202331531', { allowRange: true })
    expect(readings).toHaveLength(2)
    expect(readings).toEqual(
      expect.arrayContaining([
        { start: '2023-03-01', end: '2023-05-31' },
        { start: '2023-03-15', end: '2023-03-31' },
      ]),
    )
  })

  it('“2020810日至929日” 只有一种读法', () => {
    expect(dateReadings('2020810日至929日', { allowRange: true })).toEqual([{ start: '2020-08-10', end: '2020-09-29' }])
  })

  it('结束早于开始的读法不算', () => {
    expect(dateReadings('2023年5月1日至3月1日', { allowRange: true })).toEqual([])
  })
})

describe('导语中的日期', () => {
  it('有歧义的期间留空，并给出每种读法一条建议；TB018 报告的文字，导入器只说字段', () => {
    const text = '根据省委统一部署，202331531省委第三巡视组对某区进行了巡视。2023726，省委第三巡视组向某区委反馈了巡视意见。'
    const { meta, findings } = parseLead(text, ['lead', 'override', 0])
    expect(meta.period).toEqual({ start: null, end: null })
    expect(meta.feedbackDate).toBe('2023-07-26')
    const ambiguous = findings.find((f) => f.rule === 'TB103')!
    expect(ambiguous.location).toEqual({ path: ['meta', 'period'] })
    expect(ambiguous.suggestions?.map((s) => (s.kind === 'set-value' ? s.value : null))).toEqual(
      expect.arrayContaining([
        { start: '2023-03-01', end: '2023-05-31' },
        { start: '2023-03-15', end: '2023-03-31' },
      ]),
    )
    // “2023726”由 TB018 报告并修复：导入器不再为它报告
    expect(findings.filter((f) => f.rule === 'TB104')).toEqual([])
  })

  it('TB018 认不出的残缺（缺年份）：导入器定位到原文并给出改写', () => {
    const text = '根据省委统一部署，2023年5月8日至7月7日，省委第三巡视组对某区进行了巡视。7月26日，省委第三巡视组向某区委反馈了巡视意见。'
    const { meta, findings } = parseLead(text, ['lead', 'override', 0])
    expect(meta.feedbackDate).toBe('2023-07-26')
    const repaired = findings.find((f) => f.rule === 'TB104')!
    expect(repaired.severity).toBe('info')
    expect(repaired.location).toEqual({ path: ['lead', 'override', 0], range: [text.indexOf('7月26日'), text.indexOf('7月26日') + 5] })
    expect(repaired.fix).toMatchObject({ kind: 'replace-text', text: '2023年7月26日' })
  })

  it('写全了的日期不产生 finding', () => {
    const { findings, meta } = parseLead(
      '根据市委统一部署，2024年3月22日至5月31日，市委第五巡察组对某区开展了巡察。2024年7月25日，市委第五巡察组向某区委反馈了巡察意见。',
      ['lead'],
    )
    expect(findings).toEqual([])
    expect(meta).toMatchObject({
      period: { start: '2024-03-22', end: '2024-05-31' },
      feedbackDate: '2024-07-25',
      level: '市委',
      inspectionGroup: '市委第五巡察组',
      kind: '巡察',
    })
  })

  it('数字少于五位、不带年月日的数不当作日期', () => {
    expect(findDateMentions('反馈的4个方面33项问题，整改1200户', { firstAllowsRange: true })).toEqual([])
  })
})

describe('落款日期行', () => {
  it.each([
    ['2024222', 1],
    ['  2022年12月20日 ', 1],
    ['2023121', 2],
    ['中共某某区委', 0],
  ])('“%s” 有 %i 种读法', (line, n) => {
    expect(lineDate(line)).toHaveLength(n)
  })
})

describe('导入时的日期修复可以应用', () => {
  it('导语中残缺的日期：导入器已填好反馈日期、不重复报告；TB018 的修复把导语改为“2023年7月26日”，通报仍然有效', () => {
    const text = [
      '中共某县委关于巡视整改进展情况的通报',
      '根据省委统一部署，省委第三巡视组对某县进行了巡视。2023726，省委第三巡视组向某县委反馈了巡视意见。',
      '一、关于“甲”问题的整改情况',
      '已整改。',
      '中共某县委',
      '2024222',
    ].join('\n')
    const { notice, findings } = importFromText(text)
    expect(notice.meta.feedbackDate).toBe('2023-07-26')
    expect(findings.filter((f) => f.location.path[0] === 'lead')).toEqual([])
    const garbled = validate(notice).filter((f) => f.rule === 'TB018')
    expect(garbled).toHaveLength(1)
    const fixed = applyFix(notice, garbled[0]!.fix!)
    expect(RichText.text(fixed.lead.override!)).toContain('2023年7月26日，省委第三巡视组')
    const signature = findings.find((f) => f.location.path[0] === 'signature')!
    expect(signature).toMatchObject({ rule: 'TB104', location: { path: ['signature', 'date'] } })
    expect(signature.fix).toBeUndefined()
    expect(notice.signature.date).toBe('2024-02-22')
  })

  it('导语中有几种读法的期间：文字由 TB018 报告，导入器只说字段留空并给出候选（不再引原文数字）', () => {
    const text = [
      '中共某县委关于巡视整改进展情况的通报',
      '根据省委统一部署，202331531，省委第三巡视组对某县进行了巡视。2023年7月26日，省委第三巡视组向某县委反馈了巡视意见。',
      '一、关于“甲”问题的整改情况',
      '已整改。',
    ].join('\n')
    const { notice, findings } = importFromText(text)
    const ambiguous = findings.filter((f) => f.rule === 'TB103')
    expect(ambiguous).toHaveLength(1)
    expect(ambiguous[0]!.location).toEqual({ path: ['meta', 'period'] })
    expect(ambiguous[0]!.message).not.toContain('202331531')
    const chosen = applyFix(notice, ambiguous[0]!.suggestions![0]!)
    expect(chosen.meta.period.start).toMatch(/^2023-03-/)
    expect(validate(notice).filter((f) => f.rule === 'TB018')).toHaveLength(1)
  })

  it('TB018 认不出的残缺（缺年份的“7月20日”）仍由导入器报告', () => {
    const text = [
      '中共某县委关于巡视整改进展情况的通报',
      '根据省委统一部署，2023年5月8日至7月7日，省委第三巡视组对某县进行了巡视。7月20日，省委第三巡视组向某县委反馈了巡视意见。',
      '一、关于“甲”问题的整改情况',
      '已整改。',
    ].join('\n')
    const { findings } = importFromText(text)
    expect(findings.filter((f) => f.rule === 'TB104').map((f) => f.location.path)).toEqual([['lead', 'override', 0]])
  })
})
