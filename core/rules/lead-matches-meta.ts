// 手写导语中的日期和巡视/巡察组应与通报信息一致：导出的标题、统计和下一轮通报都用通报信息。
import { IsoDate } from '../model/dates'
import { RichText } from '../model/rich-text'
import { noticeRule } from './notice-rule'

// 完整日期，或区间后半的“至5月31日”“至31日”（沿用前一个日期的年、月）
const DATE = /(?:(\d{4})年)?(?:(\d{1,2})月)?(\d{1,2})日/g
// “省委第五巡视组”“市委巡察一组”
const GROUP =
  /(?:中央|省委|自治区党委|市委|州委|县委|区委|党组|党委)(?:第[一二三四五六七八九十\d]+|[一二三四五六七八九十\d]*)(?:巡视|巡察)(?:[一二三四五六七八九十\d]+)?组/g
/** 通报信息中的组名本身是这种写法时才比较（名称残缺或特殊时不比较）。 */
const GROUP_WHOLE = new RegExp(`^(?:${GROUP.source})$`)

export const leadMatchesMeta = noticeRule({
  meta: {
    code: 'TB046',
    title: '导语与通报信息不一致',
    name: 'lead-matches-meta',
    severity: 'warning',
    messages: {
      group: '导语中的“{{found}}”与通报信息中的{{kind}}组“{{group}}”不一致',
      date: '导语中的“{{found}}”不是通报信息中的{{kind}}起止日期或反馈日期（{{known}}）',
    },
    description:
      '手写导语中的日期应是通报信息中的巡视/巡察开始、结束或反馈日期之一，导语中的巡视/巡察组应与通报信息中的一致；不一致时其中一处写错了，请核对。可一键把导语中的组名改为通报信息中的组名。',
  },
  check(notice, report) {
    const lead = notice.lead.override
    const m = notice.meta
    if (lead === null || !notice.parts.includes('lead')) return
    const known = new Set([m.period.start, m.period.end, m.feedbackDate].filter((d): d is string => d !== null))
    const group = m.inspectionGroup.trim()
    RichText.texts(lead).forEach((text, i) => {
      if (group && GROUP_WHOLE.test(group)) {
        for (const h of text.matchAll(GROUP)) {
          if (h[0] === group) continue
          const range: [number, number] = [h.index, h.index + h[0].length]
          report({
            messageId: 'group',
            data: { found: h[0], kind: m.kind, group },
            location: { path: ['lead', 'override', i], range },
            fix: { kind: 'replace-text', label: `改为“${group}”`, at: { path: ['lead', 'override', i], range }, text: group },
          })
        }
      }
      if (known.size === 0) return
      let year: number | null = null
      let month: number | null = null
      for (const h of text.matchAll(DATE)) {
        if (h[1]) year = Number(h[1])
        if (h[2]) month = Number(h[2])
        if (year === null || month === null || (!h[1] && !h[2] && text[h.index - 1] !== '至')) continue
        const iso = IsoDate.of(year, month, Number(h[3]))
        if (!IsoDate.isValid(iso) || known.has(iso)) continue
        const list = [...known].map(IsoDate.toChinese).join('、')
        report({
          messageId: 'date',
          data: { found: h[0], kind: m.kind, known: list },
          location: { path: ['lead', 'override', i], range: [h.index, h.index + h[0].length] },
        })
      }
    })
  },
})
