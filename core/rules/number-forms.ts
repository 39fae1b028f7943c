// N07、N08、N11（GB/T 15835-2011）：数字的写法。阿拉伯数字不与“千”“百”混写（万、亿除外）；
// 概数（十几、几十）用汉字；纯小数写出整数位的 0。
import { hits } from './patterns'
import { reportReplacements } from './replacement'
import { textRule } from './text-rule'
import { PROSE_KINDS } from './text-units'

const MIXED = /(?<![\d.])(\d+)([千百])(?![\d万亿])/g
const APPROX = /(?<![\d.])([1-9])0几/g
const BARE_DECIMAL = /(?<![\d\w.])\.(\d+)/g
const HAN_TENS = ['', '十', '二十', '三十', '四十', '五十', '六十', '七十', '八十', '九十']

export const numberForms = textRule({
  meta: {
    code: 'TB044',
    title: '数字写法',
    name: 'number-forms',
    severity: 'error',
    messages: {
      mixed: '“{{found}}”混用了阿拉伯数字和汉字数字',
      approx: '概数应用汉字，“{{found}}”应写作“{{right}}”',
      decimal: '小数“{{found}}”应写出整数位',
    },
    description:
      '阿拉伯数字不与“千”“百”混写（3千人写作3000人，万、亿除外）；“10几个”这类概数用汉字（十几个）；纯小数写出整数位（.5 写作 0.5，警告）（GB/T 15835-2011，规范 N07、N08、N11）。能确定写法时可一键改正。',
  },
  kinds: PROSE_KINDS,
  checkText(text, _kind, _ctx, report) {
    if (!/\d/.test(text)) return
    for (const h of hits(MIXED, text)) {
      const right = String(Number(h.groups[0]) * (h.groups[1] === '千' ? 1000 : 100))
      report({
        messageId: 'mixed',
        data: { found: h.text },
        range: [h.start, h.end],
        suggestions: [{ label: `改为“${right}”`, range: [h.start, h.end], text: right }],
      })
    }
    reportReplacements(report, text, APPROX, 'approx', (h) => `${HAN_TENS[Number(h.groups[0])]}几`)
    reportReplacements(report, text, BARE_DECIMAL, 'decimal', (h) => `0.${h.groups[0]}`, {
      data: (h) => ({ found: h.text }),
      severity: 'warning',
    })
  },
})
