// 联系电话带区号，区号与号码之间用连接号“-”（0576-88901237）；不用“—”等其他横线。
import { hits } from './patterns'
import { type TextReport, textRule } from './text-rule'

const WRONG_DASH = /(?<!\d)(0\d{2,3})\s*[—–－―~～]\s*(\d{7,8})(?!\d)/g
const NO_AREA_IN_TEXT = /(?<=(?:电话|热线)[：:]?\s*)(\d{7,8})(?![\d\-—])/g

function wrongDash(report: TextReport<'dash'>, text: string): void {
  for (const h of hits(WRONG_DASH, text)) {
    const right = `${h.groups[0]}-${h.groups[1]}`
    report({
      messageId: 'dash',
      data: { found: h.text },
      range: [h.start, h.end],
      fix: { label: `改为“${right}”`, range: [h.start, h.end], text: right },
    })
  }
}

/** 区号：010 与 02X 为三位，其余四位。 */
function areaCodeLength(digits: string): number {
  return /^0[12]/.test(digits) ? 3 : 4
}

export const phoneFormat = textRule({
  meta: {
    code: 'TB011',
    title: '电话号码格式',
    name: 'phone-format',
    severity: 'error',
    messages: {
      dash: '电话号码“{{found}}”的区号后应使用连接号“-”',
      noArea: '电话号码“{{found}}”缺少区号',
      noSeparator: '电话号码“{{found}}”应在区号后加连接号',
      unknown: '无法识别的电话号码“{{found}}”，应写作“区号-号码”',
    },
    description: '联系电话应带区号并以连接号分隔，如“0576-88901237”。写成“0576—88901237”或不加分隔时可一键改正；缺少区号时须补上。',
  },
  kinds: ['phone', 'paragraph', 'address'],
  checkText(text, kind, _ctx, report) {
    if (kind !== 'phone') {
      if (!/\d{7}/.test(text)) return
      wrongDash(report, text)
      for (const h of hits(NO_AREA_IN_TEXT, text)) report({ messageId: 'noArea', data: { found: h.text }, range: [h.start, h.end] })
      return
    }
    const t = text.trim()
    if (/^0\d{2,3}-\d{7,8}(?:转\d+)?$/.test(t) || /^1[3-9]\d{9}$/.test(t) || /^(?:400|800)-?\d{3}-?\d{4}$/.test(t) || /^12\d{3}$/.test(t))
      return
    if (hits(WRONG_DASH, t).length) return wrongDash(report, text)
    if (/^0\d{9,11}$/.test(t)) {
      const n = areaCodeLength(t)
      const right = `${t.slice(0, n)}-${t.slice(n)}`
      report({ messageId: 'noSeparator', data: { found: t }, fix: { label: `改为“${right}”`, text: right } })
      return
    }
    if (/^\d{7,8}$/.test(t)) return report({ messageId: 'noArea', data: { found: t } })
    report({ messageId: 'unknown', data: { found: t } })
  },
})
