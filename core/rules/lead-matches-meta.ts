// 手写导语中的日期应与通报信息中的巡视/巡察起止日期、反馈日期一致：导出的标题、统计和下一轮通报都用通报信息。
import { IsoDate } from '../model/dates'
import { RichText } from '../model/rich-text'
import type { Rule } from './types'

// 完整日期，或区间后半的“至5月31日”“至31日”（沿用前一个日期的年、月）
const DATE = /(?:(\d{4})年)?(?:(\d{1,2})月)?(\d{1,2})日/g

export const leadMatchesMeta: Rule = {
  meta: {
    code: 'TB046',
    name: 'lead-matches-meta',
    severity: 'warning',
    description: '手写导语中的日期应是通报信息中的巡视/巡察开始、结束或反馈日期之一；不一致时其中一处写错了，请核对。',
  },
  check(notice, report) {
    const lead = notice.lead.override
    const m = notice.meta
    if (lead === null || !notice.parts.includes('lead')) return
    const known = new Set([m.period.start, m.period.end, m.feedbackDate].filter((d): d is string => d !== null))
    if (known.size === 0) return
    RichText.texts(lead).forEach((text, i) => {
      let year: number | null = null
      let month: number | null = null
      for (const h of text.matchAll(DATE)) {
        if (h[1]) year = Number(h[1])
        if (h[2]) month = Number(h[2])
        if (year === null || month === null || (!h[1] && !h[2] && text[h.index - 1] !== '至')) continue
        const iso = IsoDate.of(year, month, Number(h[3]))
        if (!IsoDate.isValid(iso) || known.has(iso)) continue
        const list = [...known].map(IsoDate.toChinese).join('、')
        report({ message: `导语中的“${h[0]}”不是通报信息中的${m.kind}起止日期或反馈日期（${list}）`, location: { path: ['lead', 'override', i], range: [h.index, h.index + h[0].length] } })
      }
    })
  },
}
