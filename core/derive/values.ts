import { IsoDate } from '../model/dates'
import type { Notice } from '../model/notice'

/** 套话占位符的取值，全部由 meta 推导。 */
export function metaValues(notice: Notice): Record<string, string | null> {
  const m = notice.meta
  const { start, end } = m.period
  const period = start && end ? IsoDate.rangeToChinese(start, end) : start ? IsoDate.toChinese(start) : null
  const topicKind = m.topic ? `${m.topic}专项${m.kind}` : m.kind
  return {
    issuer: m.issuer.fullName || null,
    short: m.issuer.shortName || m.issuer.fullName || null,
    target: m.target || m.issuer.shortName || null,
    kind: m.kind,
    level: m.level || null,
    round: m.roundLabel,
    topic: m.topic ? `${m.topic}专项` : '',
    topicKind,
    reportKind: m.reportKind,
    group: m.inspectionGroup || null,
    period,
    feedbackDate: m.feedbackDate ? IsoDate.toChinese(m.feedbackDate) : null,
  }
}
