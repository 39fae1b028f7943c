/**
 * 日期的识别与“年月日”丢失后的复原。网页抓取常把“2023年7月26日”变成“2023726”，
 * 把“2023年3月1日至5月31日”变成“202331531”。这里列出一串数字的全部合法读法：
 * 只有一种时可以复原，有几种时交给人选，不作猜测。
 */
import { IsoDate } from '../model/dates'

export interface DateReading {
  start: string
  /** 区间的结束日；单个日期为 null。 */
  end: string | null
}

export interface DateMention {
  /** 原文 */
  raw: string
  /** 在所在文本中的位置 [start, end) */
  range: [number, number]
  readings: DateReading[]
  /** 原文是否完整地写着年、月、日（完整则不算修复）。 */
  complete: boolean
}

interface Parts {
  y: number | null
  m: number | null
  d: number
}

const MIN_YEAR = 1949
const MAX_YEAR = 2100

/** 一段日期（不含“至”）的全部读法。年份、月份可缺（由上下文补），日必须有。 */
function partReadings(s: string): Parts[] {
  const digits = s.replace(/[年月日]/g, '')
  if (!/^\d+$/.test(digits)) return []
  // 记下原文中“年”“月”“日”所在的位置（按其前面的数字个数），作为切分的约束。
  const units = new Map<string, number>()
  let count = 0
  for (const ch of s) {
    if (/\d/.test(ch)) count++
    else units.set(ch, count)
  }
  const out: Parts[] = []
  for (const yLen of [0, 4]) {
    for (const mLen of [0, 1, 2]) {
      const dLen = digits.length - yLen - mLen
      if (dLen < 1 || dLen > 2) continue
      if (units.has('年') && units.get('年') !== yLen) continue
      if (units.has('月') && (mLen === 0 || units.get('月') !== yLen + mLen)) continue
      if (units.has('日') && units.get('日') !== digits.length) continue
      if (units.has('年') && yLen === 0) continue
      const y = yLen ? Number(digits.slice(0, 4)) : null
      const m = mLen ? Number(digits.slice(yLen, yLen + mLen)) : null
      const d = Number(digits.slice(yLen + mLen))
      if (mLen === 2 && digits[yLen] === '0') continue
      if (dLen === 2 && digits[yLen + mLen] === '0') continue
      out.push({ y, m, d })
    }
  }
  return out
}

function iso(p: { y: number; m: number; d: number }): string | null {
  if (p.y < MIN_YEAR || p.y > MAX_YEAR) return null
  const s = IsoDate.of(p.y, p.m, p.d)
  return IsoDate.isValid(s) ? s : null
}

function single(s: string, contextYear: number | null): DateReading[] {
  const out: DateReading[] = []
  for (const p of partReadings(s)) {
    const y = p.y ?? contextYear
    if (y === null || p.m === null) continue
    const start = iso({ y, m: p.m, d: p.d })
    if (start) out.push({ start, end: null })
  }
  return out
}

function range(a: string, b: string, contextYear: number | null): DateReading[] {
  const out: DateReading[] = []
  for (const p of partReadings(a)) {
    const y = p.y ?? contextYear
    if (y === null || p.m === null) continue
    const start = iso({ y, m: p.m, d: p.d })
    if (!start) continue
    for (const q of partReadings(b)) {
      const end = iso({ y: q.y ?? y, m: q.m ?? p.m, d: q.d })
      if (end && end > start) out.push({ start, end })
    }
  }
  return out
}

function unique(readings: DateReading[]): DateReading[] {
  const seen = new Set<string>()
  return readings.filter((r) => {
    const k = `${r.start}/${r.end}`
    if (seen.has(k)) return false
    seen.add(k)
    return true
  })
}

/**
 * 一串日期文字的读法。先按单个日期读；读不通且允许区间时，再试“开始至结束”
 * （“至”可能也丢了，就在数字中逐位试切）。
 */
export function dateReadings(raw: string, opts: { allowRange: boolean; contextYear?: number | null }): DateReading[] {
  const ctx = opts.contextYear ?? null
  const parts = raw.split('至')
  if (parts.length === 2) return opts.allowRange ? unique(range(parts[0]!, parts[1]!, ctx)) : []
  if (parts.length > 2) return []
  const singles = unique(single(raw, ctx))
  if (singles.length || !opts.allowRange) return singles
  const out: DateReading[] = []
  const chars = [...raw]
  for (let k = 1; k < chars.length; k++) {
    if (!/\d/.test(chars[k]!) || !/[\d日]/.test(chars[k - 1]!)) continue
    out.push(...range(chars.slice(0, k).join(''), chars.slice(k).join(''), ctx))
  }
  return unique(out)
}

const MENTION = /\d[\d年月日至]*\d[年月日]?|\d{1,2}月\d{1,2}日/g

/** 文中的日期（含残缺的数字串），按出现顺序；每个都带上全部读法。 */
export function findDateMentions(text: string, opts: { firstAllowsRange: boolean }): DateMention[] {
  const out: DateMention[] = []
  let contextYear: number | null = null
  for (const m of text.matchAll(MENTION)) {
    const raw = m[0]
    const digits = raw.replace(/\D/g, '').length
    const hasUnits = /[年月日]/.test(raw)
    if (!hasUnits && digits < 5) continue
    if (hasUnits && !/日/.test(raw)) continue
    const readings = dateReadings(raw, { allowRange: out.length === 0 ? opts.firstAllowsRange : /至/.test(raw), contextYear })
    if (readings.length === 0) continue
    const complete = /^\d{4}年\d{1,2}月\d{1,2}日(至(\d{4}年)?(\d{1,2}月)?\d{1,2}日)?$/.test(raw)
    out.push({ raw, range: [m.index!, m.index! + raw.length], readings, complete })
    const last = readings[0]!
    if (readings.length === 1) contextYear = IsoDate.parts(last.end ?? last.start).y
  }
  return out
}

/** “2022年12月20日”“2024222”这类只写着一个日期的行。 */
export function lineDate(line: string): DateReading[] {
  const s = line.replace(/\s/g, '')
  if (!/^\d[\d年月日]*$/.test(s)) return []
  return dateReadings(s, { allowRange: false })
}
