// 丢了“年月日”的日期：唯一读法时复原，多种读法时全部列出，读不通时不给读法。
import { describe, expect, it } from 'vitest'
import { dateReadings, findDateMentions, lineDate } from '../../core/import/damaged-dates'
import { importFromText } from '../../core/import/import-from-text'
import { parseLead } from '../../core/import/lead-meta'
import { RichText } from '../../core/model/rich-text'
import { applyFix } from '../../core/rules/apply-fix'

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
    expect(dateReadings(raw, { allowRange: false }).map((r) => r.start).sort()).toEqual(expected)
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
  it('有歧义的期间留空，并给出每种读法一条建议', () => {
    const text = '根据省委统一部署，202331531省委第三巡视组对某区进行了巡视。2023726，省委第三巡视组向某区委反馈了巡视意见。'
    const { meta, findings } = parseLead(text, ['lead', 'override', 0])
    expect(meta.period).toEqual({ start: null, end: null })
    expect(meta.feedbackDate).toBe('2023-07-26')
    const ambiguous = findings.find((f) => f.rule === 'import-date-ambiguous')!
    expect(ambiguous.location).toEqual({ path: ['lead', 'override', 0], range: [text.indexOf('202331531'), text.indexOf('202331531') + 9] })
    expect(ambiguous.suggestions?.map((s) => (s.kind === 'set-value' ? s.value : null))).toEqual(
      expect.arrayContaining([
        { start: '2023-03-01', end: '2023-05-31' },
        { start: '2023-03-15', end: '2023-03-31' },
      ]),
    )
    const repaired = findings.find((f) => f.rule === 'import-date-repaired')!
    expect(repaired.severity).toBe('info')
    expect(repaired.fix).toMatchObject({ kind: 'replace-text', text: '2023年7月26日' })
  })

  it('写全了的日期不产生 finding', () => {
    const { findings, meta } = parseLead('根据市委统一部署，2024年3月22日至5月31日，市委第五巡察组对某区开展了巡察。2024年7月25日，市委第五巡察组向某区委反馈了巡察意见。', ['lead'])
    expect(findings).toEqual([])
    expect(meta).toMatchObject({ period: { start: '2024-03-22', end: '2024-05-31' }, feedbackDate: '2024-07-25', level: '市委', inspectionGroup: '市委第五巡察组', kind: '巡察' })
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
  it('导语中补回的日期：应用修复后导语写作“2023年7月26日”，通报仍然有效', () => {
    const text = ['中共某县委关于巡视整改进展情况的通报', '根据省委统一部署，省委第三巡视组对某县进行了巡视。2023726，省委第三巡视组向某县委反馈了巡视意见。', '一、关于“甲”问题的整改情况', '已整改。', '中共某县委', '2024222'].join('\n')
    const { notice, findings } = importFromText(text)
    const repaired = findings.find((f) => f.rule === 'import-date-repaired' && f.location.path[0] === 'lead')!
    const fixed = applyFix(notice, repaired.fix!)
    expect(RichText.text(fixed.lead.override!)).toContain('2023年7月26日，省委第三巡视组')
    const signature = findings.find((f) => f.location.path[0] === 'signature')!
    expect(signature).toMatchObject({ rule: 'import-date-repaired', location: { path: ['signature', 'date'] } })
    expect(signature.fix).toBeUndefined()
    expect(notice.signature.date).toBe('2024-02-22')
  })
})
