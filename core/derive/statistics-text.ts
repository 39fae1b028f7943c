import type { Count, Notice } from '../model/notice'
import { type RichText, RichText as RT } from '../model/rich-text'

/** 统计中按人数计的五项。 */
export type CountKey = 'partyDiscipline' | 'governmentSanction' | 'organizationalHandling' | 'admonishment' | 'educationReminder'

/** 各项人数与它在生成段落中的说法。 */
export const COUNT_PHRASES: [CountKey, string][] = [
  ['partyDiscipline', '给予党纪处分'],
  ['governmentSanction', '政务处分'],
  ['organizationalHandling', '组织处理'],
  ['admonishment', '诫勉'],
  ['educationReminder', '教育提醒'],
]

function countPhrase(label: string, c: Count): string | null {
  if (c.total === null) return null
  const detail = c.breakdown.length ? `（${c.breakdown.map((b) => `${b.label}${b.count}人`).join('、')}）` : ''
  return `${label}${c.total}人${detail}`
}

/** 统计段落：手写优先，否则由数字生成（无数字时为空）。 */
export function statisticsText(notice: Notice): RichText {
  const s = notice.statistics
  if (s.override !== null) return s.override
  const phrases = COUNT_PHRASES.map(([k, label]) => countPhrase(label, s[k])).filter((p): p is string => p !== null)
  if (s.systemsBuilt !== null) phrases.push(`建立完善制度${s.systemsBuilt}项`)
  if (s.lossRecovered !== null) phrases.push(`挽回经济损失${s.lossRecovered}万元`)
  phrases.push(...s.extraFacts.map((f) => f.replace(/[。；]$/, '')))
  if (phrases.length === 0) return []
  return RT.of(`在${notice.meta.kind}整改工作中，${phrases.join('；')}。`)
}
