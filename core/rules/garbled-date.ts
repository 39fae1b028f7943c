// 丢了“年月日至”的日期（网页转载常见）：“2023726”只有一种读法，可一键补回；“202331531”有两种读法，列出候选由人选择。
import { IsoDate } from '../model/dates'
import { hits } from './patterns'
import { type TextEdit, textRule } from './text-rule'
import { PROSE_KINDS } from './text-units'

// 以 19xx/20xx 开头的 5–10 位数字串（可后接“日”“月”“时”）；前后是数字、字母、连接号或计量单位的不算（电话、编号、金额）。
const RUN = /(?<![\d\w\-—.@])((?:19|20)\d{2})(\d{1,6})(?:([日月时])|(?![\d\w\-—.@%％万亿元人个件项条次份户名家年月日时点分]))/gu

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

/** 后接“时”：末尾一两位是钟点（0–23），其前是月日（“202022022时”读作 2020年2月20日22时）。 */
function withHour(year: number, digits: string): string[] {
  const out: string[] = []
  for (const hl of [1, 2]) {
    const hs = digits.slice(-hl)
    if (digits.length <= hl || (hl === 2 && hs.startsWith('0')) || Number(hs) > 23) continue
    for (const r of splitMd(digits.slice(0, -hl), year)) if (r.rest === '') out.push(`${year}年${r.md.m}月${r.md.d}日${Number(hs)}`)
  }
  return out
}

/** 年月（后接“月”字时只能是年月；不接时与日期读法并列）。 */
function yearMonth(year: number, digits: string): string[] {
  const m = Number(digits)
  return /^[1-9]\d?$/.test(digits) && m <= 12 ? [`${year}年${m}月`] : []
}

/**
 * 可能的读法：后接“月”时只取年月；否则取单个日期（及年月），都没有时再取区间（年月日至月日，或年月日至日）。
 * trailing 为数字串后紧跟的“日”“月”或“时”。
 */
export function garbledReadings(year: number, digits: string, trailing = ''): string[] {
  if (trailing === '月') return yearMonth(year, digits).map((r) => r.slice(0, -1))
  if (trailing === '时') return withHour(year, digits)
  const single = splitMd(digits, year)
    .filter((r) => r.rest === '')
    .map((r) => `${year}年${r.md.m}月${r.md.d}`)
  const months = trailing === '日' ? [] : yearMonth(year, digits)
  if (single.length || months.length) return [...single.map((s) => s + (trailing === '日' ? '' : '日')), ...months]
  const ranges: string[] = []
  for (const first of splitMd(digits, year)) {
    const a = first.md
    const startIso = IsoDate.of(year, a.m, a.d)
    for (const second of splitMd(first.rest, year)) {
      if (second.rest === '' && second.md.m >= a.m && IsoDate.of(year, second.md.m, second.md.d) > startIso) {
        ranges.push(`${year}年${a.m}月${a.d}日至${second.md.m}月${second.md.d}${trailing === '日' ? '' : '日'}`)
      }
    }
    for (const dl of [1, 2]) {
      const ds = first.rest
      if (ds.length !== dl || ds.startsWith('0')) continue
      const d = Number(ds)
      if (d > a.d && IsoDate.isValid(IsoDate.of(year, a.m, d)))
        ranges.push(`${year}年${a.m}月${a.d}日至${d}${trailing === '日' ? '' : '日'}`)
    }
  }
  return [...new Set(ranges)]
}

// 区间后半丢了“月”：“2020年8月10日至929日”中的“929”
const RANGE_TAIL = /(?<=日至)([1-9]\d{2,3})(?=日)/g

/** 一处丢了年月日的日期：范围不含后接的“日”“月”“时”（原文的这个字保留），readings 已带上它。 */
export interface GarbledDate {
  kind: 'rangeTail' | 'run'
  found: string
  range: [number, number]
  /** 替换范围内文字的读法 */
  replacements: string[]
  trailing: string
}

/**
 * 文中丢了年月日的日期：TB018 与导入器共用的唯一识别器。
 * 导入器据此知道哪些日期由本规则报告（它在编辑器里随改随查），自己就不再报告文字，只说它才知道的字段（见 core/import/lead-meta.ts）。
 */
export function findGarbledDates(text: string): GarbledDate[] {
  const out: GarbledDate[] = []
  if (text.includes('日至')) {
    for (const h of hits(RANGE_TAIL, text)) {
      // 2000 年是闰年，2月29日也算可能的读法
      const readings = splitMd(h.text, 2000)
        .filter((r) => r.rest === '')
        .map((r) => `${r.md.m}月${r.md.d}`)
      if (readings.length === 1)
        out.push({ kind: 'rangeTail', found: h.text, range: [h.start, h.end], replacements: readings, trailing: '' })
    }
  }
  if (!/(?:19|20)\d{3}/.test(text)) return out
  for (const h of hits(RUN, text)) {
    const trailing = h.groups[2] ?? ''
    if (h.groups[1]!.length < (trailing ? 1 : 2)) continue
    const readings = garbledReadings(Number(h.groups[0]), h.groups[1]!, trailing)
    if (readings.length === 0) continue
    out.push({ kind: 'run', found: h.text, range: [h.start, h.end - trailing.length], replacements: readings, trailing })
  }
  return out
}

export const garbledDate = textRule({
  meta: {
    code: 'TB018',
    title: '丢了年月日的日期',
    name: 'garbled-date',
    severity: 'error',
    messages: {
      rangeTail: '“至{{found}}日”像是丢了“月”字，应为“至{{reading}}日”',
      one: '“{{found}}”像是丢了年月日的日期，应为“{{reading}}”',
      several: '“{{found}}”像是丢了年月日的日期，有{{count}}种读法：{{readings}}',
    },
    description: '丢失了“年”“月”“日”“至”的日期数字串（如“2023726”“202331531”）。只有一种读法时可一键补回；有多种读法时列出候选，由人确认。',
  },
  kinds: PROSE_KINDS,
  checkText(text, _kind, _ctx, report) {
    for (const g of findGarbledDates(text)) {
      const { found, range, trailing } = g
      const edits: TextEdit[] = g.replacements.map((r) => ({ label: `改为“${r}${trailing}”`, range, text: r }))
      if (g.kind === 'rangeTail') report({ messageId: 'rangeTail', data: { found, reading: g.replacements[0]! }, range, fix: edits[0]! })
      else if (edits.length === 1)
        report({ messageId: 'one', data: { found, reading: g.replacements[0]! + trailing }, range, fix: edits[0]! })
      else
        report({
          messageId: 'several',
          data: { found, count: edits.length, readings: g.replacements.map((r) => r + trailing).join('；') },
          range,
          suggestions: edits,
        })
    }
  },
})
