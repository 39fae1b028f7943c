// N01/N06（GB/T 15835-2011）：阿拉伯数字和百分号用半角。
import { hits } from './patterns'
import { textRule } from './text-rule'
import { PROSE_KINDS } from './text-units'

const toHalf = (s: string) => s.replace(/[０-９％]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))

export const fullwidthDigits = textRule({
  meta: {
    code: 'TB035',
    title: '全角数字',
    safeFix: true,
    name: 'fullwidth-digits',
    severity: 'error',
    messages: {
      percent: '百分号应为半角“%”',
      digits: '数字“{{found}}”应为半角“{{right}}”',
    },
    description: '阿拉伯数字应为半角（共12项，不写共１２项），百分号用半角 %（GB/T 15835-2011，规范 N01、N06）。可一键改为半角。',
  },
  kinds: [...PROSE_KINDS, 'phone', 'postcode'],
  checkText(text, _kind, _ctx, report) {
    if (!/[０-９％]/.test(text)) return
    for (const h of hits(/[０-９]+(?:[．.][０-９]+)?|％/g, text)) {
      const right = toHalf(h.text).replace('．', '.')
      const percent = h.text === '％'
      report({
        messageId: percent ? 'percent' : 'digits',
        data: { found: h.text, right },
        range: [h.start, h.end],
        ...(percent ? { severity: 'warning' as const } : {}),
        fix: { label: `改为“${right}”`, range: [h.start, h.end], text: right },
      })
    }
  },
})
