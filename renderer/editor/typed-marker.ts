/** 识别用户在段首键入或粘贴的序号（一、（一）1.（1）及常见的不规范写法），以便转成结构。 */
import type { Level } from '../../core/model/numbering'

export interface LeadingMarker {
  level: Level
  /** 序号本身（含标点）在文字开头所占的长度 */
  length: number
}

const HAN = '[一二三四五六七八九十]{1,3}'
const PATTERNS: [RegExp, Level][] = [
  [new RegExp(`^${HAN}[、，,．.]`), 1],
  [new RegExp(`^[（(]${HAN}[）)][、，,．.]?`), 2],
  [/^\d{1,2}(?:[.．、](?!\d))/, 3],
  [/^[（(]\d{1,2}[）)][、.．]?/, 4],
]

/** 文字开头的序号；没有时为 null。“1.5万元”这类小数不算序号。 */
export function leadingMarker(text: string): LeadingMarker | null {
  for (const [re, level] of PATTERNS) {
    const m = re.exec(text)
    if (m) return { level, length: m[0].length }
  }
  return null
}

/** 序号层级 → 部分内条目深度（部分有标题时“一、”属于部分本身，不再可用于条目）。 */
export function depthForLevel(level: Level, sectionHeaded: boolean): number {
  return Math.max(0, level - (sectionHeaded ? 2 : 1))
}
