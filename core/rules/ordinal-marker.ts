// P12（GB/T 15834-2011、GB/T 9704-2012 7.3.3）：序次语的标点。汉字数字后用顿号，阿拉伯数字后用下脚点，括号序次语后不加标点。
import { HAN_NUMERAL_CHARS as HAN_NUMERALS } from '../model/numbering'
import { reportReplacements } from './replacement'
import { textRule } from './text-rule'
import { PROSE_KINDS } from './text-units'

const H = `[${HAN_NUMERALS}]+`
// 段首（或句末标点之后）的“1、”“一.”；括号序次语后多余的标点在任何位置都报告。
const ARABIC_COMMA = /(?<=^|[。；：！？\s])(\d{1,2})、/g
const HAN_DOT = new RegExp(`(?<=^|[。；：！？\\s])(${H})[.．](?!\\d)`, 'g')
const BRACKET_PUNCT = new RegExp(`([（(](?:${H}|\\d{1,2})[)）])[、，,.．]`, 'g')
const CIRCLED_PUNCT = /([①-⑳])[、，,.．]/g

export const ordinalMarker = textRule({
  meta: {
    code: 'TB030',
    title: '序次语的标点',
    safeFix: true,
    name: 'ordinal-marker',
    severity: 'error',
    messages: {
      marker: '序次语“{{found}}”应写作“{{right}}”',
    },
    description:
      '序次语的标点：汉字数字后用顿号（一、），阿拉伯数字后用下脚点（1.），括号序次语后不加标点（（一）、（1）），不写 1、 一. （一）、（规范 P12）。可一键改正。',
  },
  kinds: PROSE_KINDS,
  checkText(text, _kind, _ctx, report) {
    // 每种写法先用简单的字面查找预筛，多数段落一种也没有
    if (/\d、/.test(text)) reportReplacements(report, text, ARABIC_COMMA, 'marker', (h) => `${h.groups[0]}.`)
    if (/[一二三四五六七八九十][.．]/.test(text)) reportReplacements(report, text, HAN_DOT, 'marker', (h) => `${h.groups[0]}、`)
    if (/[)）][、，,.．]/.test(text)) reportReplacements(report, text, BRACKET_PUNCT, 'marker', (h) => h.groups[0]!)
    if (/[①-⑳]/.test(text)) reportReplacements(report, text, CIRCLED_PUNCT, 'marker', (h) => h.groups[0]!)
  },
})
