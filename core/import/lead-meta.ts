/**
 * 从导语中读出巡视/巡察信息：层级、巡视组、对象、期间、反馈日期。日期的修复与存疑记为 finding。
 * 导语原话保留在通报里，其中丢了年月日的日期由校验规则 TB018 报告（它与这里共用 findGarbledDates），
 * 导入器对这些日期不报文字，只报它才知道的事：几种读法时字段留空。同一串数字因此只有一条发现。
 */
import { importFinding } from '../rules/import-rules'
import { IsoDate } from '../model/dates'
import type { Path } from '../model/item'
import type { Finding, Fix } from '../rules/types'
import { findGarbledDates } from '../rules/garbled-date'
import { type DateMention, type DateReading, findDateMentions } from './damaged-dates'

export interface LeadMeta {
  level: string | null
  inspectionGroup: string | null
  target: string | null
  shortName: string | null
  period: { start: string | null; end: string | null }
  feedbackDate: string | null
  kind: '巡视' | '巡察' | null
}

function readingText(r: DateReading): string {
  return r.end ? IsoDate.rangeToChinese(r.start, r.end) : IsoDate.toChinese(r.start)
}

/** 规则已报告的日期：导入器不报文字，只说字段（what：“巡视期间”“反馈日期”）。 */
export interface RuleOwned {
  what: string
}

/** 一个日期的修复结果：唯一读法时取之并记为提示，多种读法时留空并列出候选。 */
export function dateFinding(
  mention: DateMention,
  textPath: Path | null,
  valuePath: Path,
  value: (r: DateReading) => unknown,
  ruleOwned: RuleOwned | null = null,
): Finding | null {
  // 日期在保留原话的段落里时，定位到那几个字并给出改写；只存为日期值时（落款），定位到该值。
  const at = textPath ? { path: textPath, range: mention.range } : { path: valuePath }
  if (mention.readings.length > 1) {
    const suggestions: Fix[] = mention.readings.map((r) => ({ kind: 'set-value', label: readingText(r), path: valuePath, value: value(r) }))
    if (ruleOwned)
      return importFinding('dateAmbiguous', 'fieldEmpty', valuePath, {
        data: { what: ruleOwned.what, count: suggestions.length },
        suggestions,
      })
    const data = { raw: mention.raw, count: mention.readings.length, readings: mention.readings.map(readingText).join('；') }
    return importFinding('dateAmbiguous', 'ambiguous', at, { data, suggestions })
  }
  if (mention.complete || ruleOwned) return null
  const r = mention.readings[0]!
  const fix = textPath ? { kind: 'replace-text' as const, label: `改为“${readingText(r)}”`, at, text: readingText(r) } : undefined
  return importFinding('dateRepaired', 'repaired', at, { data: { raw: mention.raw, reading: readingText(r) }, ...(fix ? { fix } : {}) })
}

function match(re: RegExp, s: string): string | null {
  return re.exec(s)?.[1] ?? null
}

export function parseLead(text: string, textPath: Path): { meta: LeadMeta; findings: Finding[] } {
  const findings: Finding[] = []
  const group = match(
    /((?:党中央|中央|省委|市委|州委|盟委|县委|区委|旗委)(?:第[一二三四五六七八九十\d]*)?(?:巡视|巡察)[一二三四五六七八九十\d]*组)/,
    text,
  )
  const level =
    match(/(?:根据|按照|依据)(党中央|中央|省委|市委|州委|县委|区委)/, text) ?? match(/^(党中央|中央|省委|市委|州委|县委|区委)/, group ?? '')
  const target = match(/对(.{2,40}?)(?:进行了|开展了)/, text)
  const shortName = match(/向(.{2,30}?)反馈/, text)
  const xs = (text.match(/巡视/g) ?? []).length
  const xc = (text.match(/巡察/g) ?? []).length
  const kind = xs === 0 && xc === 0 ? null : xc > xs ? '巡察' : '巡视'

  const mentions = findDateMentions(text, { firstAllowsRange: true })
  const garbled = findGarbledDates(text).map((g) => g.range)
  const owned = (m: DateMention, what: string): RuleOwned | null =>
    garbled.some((r) => r[0] < m.range[1] && m.range[0] < r[1]) ? { what } : null
  let periodMention: DateMention | null = null
  let feedbackMention: DateMention | null = null
  if (mentions.length >= 2) [periodMention, feedbackMention] = [mentions[0]!, mentions[1]!]
  else if (mentions.length === 1) {
    const after = text.slice(mentions[0]!.range[1], mentions[0]!.range[1] + 30)
    if (/反馈/.test(after) && mentions[0]!.readings.every((r) => r.end === null)) feedbackMention = mentions[0]!
    else periodMention = mentions[0]!
  }
  const period = { start: null as string | null, end: null as string | null }
  if (periodMention) {
    if (periodMention.readings.length === 1) {
      period.start = periodMention.readings[0]!.start
      period.end = periodMention.readings[0]!.end
    }
    const f = dateFinding(
      periodMention,
      textPath,
      ['meta', 'period'],
      (r) => ({ start: r.start, end: r.end }),
      owned(periodMention, `${kind ?? ''}期间`),
    )
    if (f) findings.push(f)
  }
  let feedbackDate: string | null = null
  if (feedbackMention) {
    const singles = feedbackMention.readings.filter((r) => r.end === null)
    const m = { ...feedbackMention, readings: singles }
    if (singles.length === 1) feedbackDate = singles[0]!.start
    if (singles.length) {
      const f = dateFinding(m, textPath, ['meta', 'feedbackDate'], (r) => r.start, owned(m, '反馈日期'))
      if (f) findings.push(f)
    }
  }
  return { meta: { level, inspectionGroup: group, target, shortName, period, feedbackDate, kind }, findings }
}
