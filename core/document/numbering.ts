/**
 * 结构层次序数（GB/T 9704 7.3.3：一、 （一） 1. （1））与“部分有没有标题”的唯一推导处。
 * 编辑器、大纲、分页预览、Word 与网页导出都读这里，因此同一条目在各处的编号总是相同。
 */
import type { SectionKey } from '../model/item'
import type { Notice } from '../model/notice'
import { type Level, Marker } from '../model/numbering'

/** 部分有没有标题：只有空白的标题等于没有（不占一级序号，条目从一级起编）。 */
export function isHeaded(heading: string | null): boolean {
  return heading !== null && heading.trim() !== ''
}

/** 条目的编号层级：部分有标题时部分占第一层，条目从第二层起；超过四层仍用第四层样式。 */
export function itemLevel(depth: number, headed: boolean): Level {
  return Marker.clampLevel(depth + (headed ? 2 : 1))
}

/** itemLevel 的逆：序号的层次 → 部分内条目的深度（部分有标题时“一、”属于部分本身，条目从“（一）”起）。 */
export function depthForLevel(level: Level, headed: boolean): number {
  return Math.max(0, level - (headed ? 2 : 1))
}

/** 编号只取决于条目的层级和是否编号。 */
export interface NumberedItem {
  /** 层级，0 起 */
  depth: number
  unnumbered?: boolean
}

/** 按文档顺序（先序）排列的条目 → 各自的序号。同一上级之内从 1 起，无编号条目不占号、显示为空串。 */
export function itemMarkers(items: readonly NumberedItem[], headed: boolean): string[] {
  const counters: number[] = []
  return items.map((item) => {
    counters.length = item.depth + 1
    if (item.unnumbered) return ''
    const n = (counters[item.depth] ?? 0) + 1
    counters[item.depth] = n
    return Marker.format(itemLevel(item.depth, headed), n)
  })
}

/** 各部分标题的序号：有标题的部分按在通报中出现的顺序取一级序号（一、二、三、）；无标题的为空串。 */
export function sectionMarkers(notice: Notice): Record<SectionKey, string> {
  const out: Record<SectionKey, string> = { organization: '', rectification: '', nextSteps: '' }
  let n = 0
  for (const part of notice.parts) {
    if ((part === 'organization' || part === 'rectification' || part === 'nextSteps') && isHeaded(notice[part].heading))
      out[part] = Marker.format(1, ++n)
  }
  return out
}
