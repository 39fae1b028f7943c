// N12（GB/T 9704-2012 7.2.5）：发文字号的年份用六角括号〔〕，序号不编虚位、不加“第”。
import { hits } from './patterns'
import { textRule } from './text-rule'
import { PROSE_KINDS } from './text-units'

const WRONG = /(?<=\p{Script=Han})[[【（(](\d{4})[\]】）)]第?(0*)(\d+)号/gu
const ZERO = /〔(\d{4})〕(?:第|0+)+(\d+)号/g

export const documentNumber = textRule({
  meta: {
    code: 'TB036',
    title: '发文字号写法',
    safeFix: true,
    name: 'document-number',
    severity: 'error',
    messages: {
      wrong: '发文字号“{{found}}”应写作“{{right}}”',
    },
    description:
      '发文字号写作“某发〔2024〕5号”：年份用六角括号〔〕，序号前不加“第”、不编虚位（GB/T 9704-2012 7.2.5，规范 N12）。可一键改正。',
  },
  kinds: PROSE_KINDS,
  checkText(text, _kind, _ctx, report) {
    if (!text.includes('号')) return
    for (const h of hits(WRONG, text)) {
      const right = `〔${h.groups[0]}〕${h.groups[2]}号`
      report({
        messageId: 'wrong',
        data: { found: h.text, right },
        range: [h.start, h.end],
        fix: { label: `改为“${right}”`, range: [h.start, h.end], text: right },
      })
    }
    for (const h of hits(ZERO, text)) {
      const right = `〔${h.groups[0]}〕${h.groups[1]}号`
      report({
        messageId: 'wrong',
        data: { found: h.text, right },
        range: [h.start, h.end],
        fix: { label: `改为“${right}”`, range: [h.start, h.end], text: right },
      })
    }
  },
})
