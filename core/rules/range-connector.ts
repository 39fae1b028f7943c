// P09、N05（GB/T 15834-2011、GB/T 15835-2011）：时间范围用“至”或一字线“—”，数值范围用浪纹线“～”，
// 省略单位会引起误解时两端都写单位（15%～30%，不写 15～30%）。
import { hits } from './patterns'
import { replacement } from './replacement'
import { textRule } from './text-rule'
import { PROSE_KINDS } from './text-units'

const DATE_RANGE = /(\d{1,2}日)\s*([-~～－])\s*(?=(?:\d{4}年)?(?:\d{1,2}月)?\d{1,2}日)/g
const MONTH_RANGE = /(?<![\d.])(\d{1,2})([-~－])(?=\d{1,2}月)/g
const UNIT_RANGE = /(?<![\d.])(\d+(?:\.\d+)?)([～~—\-－])(\d+(?:\.\d+)?)(%|万元|亿元|万人|万|亿)/g

export const rangeConnector = textRule({
  meta: {
    code: 'TB043',
    title: '范围的连接号',
    safeFix: true,
    name: 'range-connector',
    severity: 'warning',
    messages: {
      dateRange: '日期范围应写作“至”，此处为“{{found}}”',
      monthRange: '月份范围应用一字线“—”，此处为“{{found}}”',
      unitRange: '数值范围“{{found}}”两端都应写单位，写作“{{right}}”',
    },
    description:
      '日期范围用“至”（2023年3月15日至3月31日），月份范围用“—”（1—3月），不用“-”“~”；带单位的数值范围两端都写单位（15%～30%、9亿元～16亿元），漏写时为错误（规范 P09、N05）。可一键改正。',
  },
  kinds: PROSE_KINDS,
  checkText(text, _kind, _ctx, report) {
    if (!/\d[-~～－—]\d|日\s*[-~～－]/.test(text)) return
    for (const h of hits(DATE_RANGE, text)) {
      const at = h.start + h.groups[0]!.length
      report(replacement('dateRange', at, h.end, '至', { found: h.groups[1]! }))
    }
    for (const h of hits(MONTH_RANGE, text)) {
      const at = h.start + h.groups[0]!.length
      report(replacement('monthRange', at, h.end, '—', { found: h.groups[1]! }))
    }
    for (const h of hits(UNIT_RANGE, text)) {
      const [a, , b, unit] = h.groups as [string, string, string, string]
      const right = `${a}${unit}～${b}${unit}`
      report(replacement('unitRange', h.start, h.end, right, { found: h.text, right }, 'error'))
    }
  },
})
