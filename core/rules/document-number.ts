// N12（GB/T 9704-2012 7.2.5）：发文字号的年份用六角括号〔〕，序号不编虚位、不加“第”。
import { reportReplacements } from './replacement'
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
    reportReplacements(report, text, WRONG, 'wrong', (h) => `〔${h.groups[0]}〕${h.groups[2]}号`)
    reportReplacements(report, text, ZERO, 'wrong', (h) => `〔${h.groups[0]}〕${h.groups[1]}号`)
  },
})
