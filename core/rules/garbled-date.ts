// 丢了“年月日至”的日期（网页转载常见）：“2023726”只有一种读法，可一键补回；“202331531”有两种读法，列出候选由人选择。
import { IsoDate } from '../model/dates'
import { hits } from './patterns'
import { type TextEdit, textRule } from './text-rule'
import { PROSE_KINDS } from './text-units'

// 以 19xx/20xx 开头的 6–10 位数字串；前后是数字、字母、连接号或计量单位的不算（电话、编号、金额）。
const RUN = /(?<![\d\w\-—.@])((?:19|20)\d{2})(\d{2,6})日?(?![\d\w\-—.@%％万亿元人个件项条次份户名家])/gu

interface Md {
  m: number
  d: number
}

/** 把数字串切成“月日”；月 1–12、日 1–31，都不带前导 0。 */
function splitMd(s: string, y: number): { md: Md; rest: string }[] {
  const out: { md: Md; rest: string }[] = []
  for (const ml of [1, 2]) {
    const ms = s.slice(0, ml)
    if (ms.length < ml || ms.startsWith('0')) continue
    for (const dl of [1, 2]) {
      const ds = s.slice(ml, ml + dl)
      if (ds.length < dl || ds.startsWith('0')) continue
      const md = { m: Number(ms), d: Number(ds) }
      if (md.m >= 1 && md.m <= 12 && IsoDate.isValid(IsoDate.of(y, md.m, md.d))) out.push({ md, rest: s.slice(ml + dl) })
    }
  }
  return out
}

/** 只取单个日期的读法；没有时再取区间（年月日至月日，或年月日至日）的读法。 */
export function garbledReadings(year: number, digits: string): string[] {
  const single = splitMd(digits, year).filter((r) => r.rest === '').map((r) => `${year}年${r.md.m}月${r.md.d}日`)
  if (single.length) return single
  const ranges: string[] = []
  for (const first of splitMd(digits, year)) {
    const a = first.md
    const startIso = IsoDate.of(year, a.m, a.d)
    for (const second of splitMd(first.rest, year)) {
      if (second.rest === '' && second.md.m >= a.m && IsoDate.of(year, second.md.m, second.md.d) > startIso) {
        ranges.push(`${year}年${a.m}月${a.d}日至${second.md.m}月${second.md.d}日`)
      }
    }
    for (const dl of [1, 2]) {
      const ds = first.rest
      if (ds.length !== dl || ds.startsWith('0')) continue
      const d = Number(ds)
      if (d > a.d && IsoDate.isValid(IsoDate.of(year, a.m, d))) ranges.push(`${year}年${a.m}月${a.d}日至${d}日`)
    }
  }
  return [...new Set(ranges)]
}

export const garbledDate = textRule({
  meta: {
    code: 'TB018',
    name: 'garbled-date',
    severity: 'error',
    description: '丢失了“年”“月”“日”“至”的日期数字串（如“2023726”“202331531”）。只有一种读法时可一键补回；有多种读法时列出候选，由人确认。',
  },
  kinds: PROSE_KINDS,
  checkText(text, _kind, _ctx, report) {
    for (const h of hits(RUN, text)) {
      const readings = garbledReadings(Number(h.groups[0]), h.groups[1]!)
      if (readings.length === 0) continue
      const range: [number, number] = [h.start, h.end]
      const edits: TextEdit[] = readings.map((r) => ({ label: `改为“${r}”`, range, text: r }))
      if (edits.length === 1) {
        report({ message: `“${h.text}”像是丢了年月日的日期，应为“${readings[0]}”`, range, fix: edits[0]! })
      } else {
        report({ message: `“${h.text}”像是丢了年月日的日期，有${readings.length}种读法：${readings.join('；')}`, range, suggestions: edits })
      }
    }
  },
})
