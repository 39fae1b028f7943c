// N02–N04、N13（GB/T 15835-2011，GB/T 9704-2012 7.3.5.4）：文中日期写作 2024年2月22日：年份写全，月日不编虚位，不混用汉字数字。
import { IsoDate } from '../model/dates'
import { fromHanNumber } from '../model/numbering'
import { hits } from './patterns'
import { type TextReport, textRule } from './text-rule'
import { PROSE_KINDS } from './text-units'

const NUMERIC = /(?<![\d.\-/])((?:19|20)\d{2})[-./](\d{1,2})[-./](\d{1,2})(?![\d.\-/])/g
const LEADING_ZERO = /(?<=\d{4}年|\d年|^|[^\d])(0\d)(?=月)|(?<=\d{1,2}月)(0\d)(?=日)/g
const SHORT_YEAR = /(?<![\d〇零一二三四五六七八九十])(\d{2})年(?=\d{1,2}月)/g
const MIXED = /(\d{4})年([一二三四五六七八九十]{1,3})月(?:([一二三四五六七八九十]{1,3})日)?/g
const HAN_YEAR = /[一二][〇零O0○][一二三四五六七八九〇零O0○]{2}年/g

type Id = 'numeric' | 'leadingZero' | 'shortYear' | 'mixed' | 'hanYear'

function edit(report: TextReport<Id>, start: number, end: number, messageId: Id, found: string, right: string): void {
  report({ messageId, data: { found, right }, range: [start, end], fix: { label: `改为“${right}”`, range: [start, end], text: right } })
}

export const dateFormat = textRule({
  meta: {
    code: 'TB017',
    title: '日期写法',
    safeFix: true,
    name: 'date-format',
    severity: 'error',
    messages: {
      numeric: '日期“{{found}}”应写作“{{right}}”',
      leadingZero: '日期中的“{{found}}”不编虚位，应写作“{{right}}”',
      shortYear: '年份“{{found}}”应写全',
      mixed: '日期“{{found}}”混用了阿拉伯数字和汉字数字',
      hanYear: '汉字年份中的零应写作“〇”',
    },
    description:
      '文中日期按 GB/T 15835-2011 写作“2024年2月22日”：不写 2024-2-22、2024.2.22，月日不加 0，年份写全，同一日期不混用阿拉伯数字和汉字数字；汉字年份中的零写作“〇”（规范 N02–N04、N13）。能确定写法时可一键改正。',
  },
  kinds: PROSE_KINDS,
  checkText(text, _kind, _ctx, report) {
    // 各写法先按必有的字预筛：长文中绝大多数段落没有日期
    const hasYear = text.includes('年')
    if (!hasYear && !/\d[-./]\d/.test(text)) return
    if (/\d[-./]\d/.test(text))
      for (const h of hits(NUMERIC, text)) {
        const [y, m, d] = h.groups.map(Number) as [number, number, number]
        if (!IsoDate.isValid(IsoDate.of(y, m, d))) continue
        const right = `${y}年${m}月${d}日`
        edit(report, h.start, h.end, 'numeric', h.text, right)
      }
    if (!hasYear) return
    if (/0\d[月日]/.test(text))
      for (const h of hits(LEADING_ZERO, text)) {
        const right = String(Number(h.text))
        edit(report, h.start, h.end, 'leadingZero', h.text, right)
      }
    if (/\d年\d/.test(text))
      for (const h of hits(SHORT_YEAR, text)) {
        report({
          messageId: 'shortYear',
          data: { found: h.text },
          range: [h.start, h.end],
          suggestions: [{ label: `改为“20${h.groups[0]}年”`, range: [h.start, h.end], text: `20${h.groups[0]}年` }],
        })
      }
    if (/\d年[一二三四五六七八九十]/.test(text))
      for (const h of hits(MIXED, text)) {
        const m = fromHanNumber(h.groups[1]!)
        const d = h.groups[2] === undefined ? null : fromHanNumber(h.groups[2])
        if (m === null || (h.groups[2] !== undefined && d === null))
          report({ messageId: 'mixed', data: { found: h.text }, range: [h.start, h.end] })
        else edit(report, h.start, h.end, 'mixed', h.text, `${h.groups[0]}年${m}月${d === null ? '' : `${d}日`}`)
      }
    if (/[〇零O0○]/.test(text))
      for (const h of hits(HAN_YEAR, text)) {
        if (!/[零O0○]/.test(h.text)) continue
        edit(report, h.start, h.end, 'hanYear', h.text, h.text.replace(/[零O0○]/g, '〇'))
      }
  },
})
