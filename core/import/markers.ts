/**
 * 段首序号的识别：一、 （一） 1. （1），全角半角括号均可，以及残缺成单个“)”的序号。
 * 导入和粘贴（readMarker，粘贴经 item-tree 的 parseItemsAt）与编辑器中键入的序号（typedMarker）共用这一套写法，
 * 只是后者更宽松。
 */
import { fromHanNumber, HAN_NUMERAL_CHARS, type Level } from '../model/numbering'

/** 序号样式。`bare-paren` 是序号前半截丢失、只剩“)”的残缺形式。 */
export type MarkerKind = 'han' | 'paren-han' | 'arabic' | 'paren-arabic' | 'bare-paren'

export interface SourceMarker {
  kind: MarkerKind
  /** 序号值；残缺序号为 null。 */
  value: number | null
  /** 原文中的序号（含其后的空白）。 */
  raw: string
}

const HAN = `[${HAN_NUMERAL_CHARS}]{1,3}`

/**
 * 各样式的序号。loose：用户键入、粘贴时“一，”“一.”“（一）、”这类不规范写法也算（导入时不算：
 * 原文里“一，”多半是正文，如“一，是……”的误排）。
 */
function patterns(loose: boolean): [Exclude<MarkerKind, 'bare-paren'>, RegExp][] {
  const tail = loose ? '[、，,．.]?' : ''
  return [
    ['han', new RegExp(`^(${HAN})${loose ? '[、，,．.]' : '、'}\\s*`)],
    ['paren-han', new RegExp(`^[（(]\\s*(${HAN})\\s*[）)]${tail}\\s*`)],
    // “1. 关于”带空格、“1．”全角点、“1、”顿号；“2.5万元”这类小数不算序号，“3.2022年8月”（序号后紧接年份）算。
    ['arabic', /^(\d{1,2})\s*[.．、](?:(?=\d{4}年)|(?!\d))\s*/],
    ['paren-arabic', new RegExp(`^[（(]\\s*(\\d{1,2})\\s*[）)]${loose ? '[、.．]?' : ''}\\s*`)],
  ]
}
const PATTERNS = patterns(false)
const LOOSE_PATTERNS = patterns(true)

/** 序号样式对应的层次（GB/T 9704 7.3.3：一、 （一） 1. （1））。 */
export const MARKER_LEVEL: Record<Exclude<MarkerKind, 'bare-paren'>, Level> = { han: 1, 'paren-han': 2, arabic: 3, 'paren-arabic': 4 }

/** MARKER_LEVEL 的逆：第 level 层的序号样式。 */
export function kindAtLevel(level: Level): Exclude<MarkerKind, 'bare-paren'> {
  return (Object.keys(MARKER_LEVEL) as Exclude<MarkerKind, 'bare-paren'>[]).find((k) => MARKER_LEVEL[k] === level)!
}

/** 用户在段首键入或粘贴的序号：层次和所占长度（含其后空白）；序号后可以还没有文字。没有时为 null。 */
export function typedMarker(text: string): { level: Level; length: number } | null {
  for (const [kind, re] of LOOSE_PATTERNS) {
    const m = re.exec(text)
    if (!m) continue
    const value = kind === 'han' || kind === 'paren-han' ? fromHanNumber(m[1]!) : Number(m[1])
    if (value !== null && value > 0) return { level: MARKER_LEVEL[kind], length: m[0].length }
  }
  return null
}

/** 读出段首的序号；没有则返回 null。 */
export function readMarker(text: string): { marker: SourceMarker; rest: string } | null {
  for (const [kind, re] of PATTERNS) {
    const m = re.exec(text)
    if (!m) continue
    const value = kind === 'han' || kind === 'paren-han' ? fromHanNumber(m[1]!) : Number(m[1])
    if (value === null || value <= 0) continue
    const rest = text.slice(m[0].length)
    if (rest.trim() === '') continue
    return { marker: { kind, value, raw: m[0] }, rest }
  }
  // “)全力抓好安全生产管理。”：左括号和数字在抓取时丢了。
  const bare = /^[)）]\s*/.exec(text)
  if (bare && text.length > bare[0].length)
    return { marker: { kind: 'bare-paren', value: null, raw: bare[0] }, rest: text.slice(bare[0].length) }
  return null
}

/** 去掉段首序号（比对文本时用，原文与导入结果两边同样处理）。 */
export function stripMarker(text: string): string {
  const r = readMarker(text)
  return r ? r.rest : text
}
