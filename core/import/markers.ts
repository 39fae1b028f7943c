/** 段首序号的识别：一、 （一） 1. （1），全角半角括号均可，以及残缺成单个“)”的序号。 */
import { fromHanNumber } from '../model/numbering'

/** 序号样式。`bare-paren` 是序号前半截丢失、只剩“)”的残缺形式。 */
export type MarkerKind = 'han' | 'paren-han' | 'arabic' | 'paren-arabic' | 'bare-paren'

export interface SourceMarker {
  kind: MarkerKind
  /** 序号值；残缺序号为 null。 */
  value: number | null
  /** 原文中的序号（含其后的空白）。 */
  raw: string
}

const HAN = '[一二三四五六七八九十]{1,3}'
const PATTERNS: [MarkerKind, RegExp][] = [
  ['han', new RegExp(`^(${HAN})、\\s*`)],
  ['paren-han', new RegExp(`^[（(]\\s*(${HAN})\\s*[）)]\\s*`)],
  // “1. 关于”带空格、“1．”全角点、“1、”顿号；“2.5万元”这类小数不算序号，“3.2022年8月”（序号后紧接年份）算。
  ['arabic', /^(\d{1,2})\s*[.．、](?:(?=\d{4}年)|(?!\d))\s*/],
  ['paren-arabic', /^[（(]\s*(\d{1,2})\s*[）)]\s*/],
]

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
  if (bare && text.length > bare[0].length) return { marker: { kind: 'bare-paren', value: null, raw: bare[0] }, rest: text.slice(bare[0].length) }
  return null
}

/** 去掉段首序号（比对文本时用，原文与导入结果两边同样处理）。 */
export function stripMarker(text: string): string {
  const r = readMarker(text)
  return r ? r.rest : text
}
