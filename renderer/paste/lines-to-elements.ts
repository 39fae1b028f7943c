/**
 * 粘贴来的文字行 → 编辑器元素。结构由 core 的条目解析（parseItemsAt，与导入同一套序号识别和建树）得出，
 * 接到光标所在条目的层级上；键入的序号不留在文字里（编号由位置推导）。只保留文字，不保留任何样式。
 */
import type { ItemRole, SectionKey } from '../../core/model'
import { parseItemsAt } from '../../core/import/item-tree'
import type { ItemElement, NoticeElement } from '../editor/custom-types'
import { itemsToElements } from '../editor/notice-value'

export interface PasteContext {
  section: SectionKey
  sectionHeaded: boolean
  /** 光标所在条目及其各级上级的角色（自顶层起）；不在条目里时为空 */
  ancestors: readonly ItemRole[]
}

export interface PastedElements {
  /** 第一个带序号的行之前的文字：作为正文段落留在光标处 */
  body: NoticeElement[]
  /** 条目（连同正文、下级），深度已接到粘贴处的层级上 */
  items: NoticeElement[]
}

export function linesToElements(lines: readonly string[], ctx: PasteContext): PastedElements {
  const paragraphs = lines.map((l) => l.replace(/[\u00a0\u3000]/g, ' ').trim()).filter((l) => l !== '')
  const placed = parseItemsAt(paragraphs, ctx.section === 'rectification', { ancestors: ctx.ancestors, headed: ctx.sectionHeaded })
  const type = ctx.ancestors.length > 0 ? 'item-body' : 'paragraph'
  return {
    body: placed.preamble.map((text) => ({ type, children: [{ text }] })),
    items: placed.items.flatMap(({ item, depth }) => itemsToElements([item], depth)),
  }
}

/** index 处元素所在条目及其各级上级的角色（自顶层起）；只看深度小于 below 的条目。 */
export function ancestorRoles(value: readonly NoticeElement[], index: number, below = Infinity): ItemRole[] {
  const out: ItemRole[] = []
  let limit = below
  for (let i = index; i >= 0 && limit > 0; i--) {
    const el = value[i]!
    if (el.type !== 'item' || el.depth >= limit) continue
    out.push((el as ItemElement).role)
    limit = el.depth
  }
  return out.reverse()
}
