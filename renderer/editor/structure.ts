/** 扁平元素序列上的纯结构计算：子树范围、层级对应的角色；编号读 core/document/numbering.ts。编辑器命令与大纲都用它。 */
import type { ItemRole, SectionKey } from '../../core/model'
import { isHeaded, itemMarkers } from '../../core/document/numbering'
import { childRole } from '../../core/document/roles'
import type { ItemElement, NoticeElement } from './custom-types'

/** 条目在本部分内最深可到的层级（0 起）；更深时编号仍按第四层样式。 */
export const MAX_DEPTH = 5

/** 从 index 处的条目起，它的子树（正文与更深的条目）结束后的下标。 */
export function subtreeEnd(value: readonly NoticeElement[], index: number): number {
  const head = value[index]
  if (!head || head.type !== 'item') return index + 1
  let i = index + 1
  for (; i < value.length; i++) {
    const el = value[i]!
    if (el.type === 'item' && el.depth <= head.depth) break
    if (el.type === 'section-heading') break
  }
  return i
}

/** index 处元素所属的条目（自身或其前最近的条目）的下标；在首个条目之前为 -1。 */
export function ownerIndex(value: readonly NoticeElement[], index: number): number {
  for (let i = index; i >= 0; i--) if (value[i]!.type === 'item') return i
  return -1
}

/** 前一个条目的深度；没有时为 -1（首个条目只能在第 0 层）。 */
export function previousItemDepth(value: readonly NoticeElement[], index: number): number {
  const i = ownerIndex(value, index - 1)
  return i < 0 ? -1 : (value[i] as ItemElement).depth
}

/**
 * 新条目在 index 处、深度 depth 时的角色：同一上级下已有同级条目时照它；
 * 否则按上级的角色往下一级；在顶层时逐条整改部分为“方面”，其他部分为“措施”（一是、二是式的要点）。
 */
export function roleAt(value: readonly NoticeElement[], index: number, depth: number, section: SectionKey): ItemRole {
  for (let i = index - 1; i >= 0; i--) {
    const el = value[i]!
    if (el.type !== 'item') continue
    if (el.depth === depth) return el.role
    if (el.depth < depth) return childRole(el.role)
  }
  return section === 'rectification' ? (depth === 0 ? 'aspect' : depth === 1 ? 'problem' : 'measure') : 'measure'
}

/**
 * 各元素的推导编号（非条目为 null），由 core/document/numbering.ts 计算：
 * 编辑器、大纲与导出因此用同一套规则（编号在同一上级之内从 1 起，无编号条目不占号）。
 */
export function flatMarkers(value: readonly NoticeElement[], sectionHeaded: boolean): (string | null)[] {
  const items = value.filter((el): el is ItemElement => el.type === 'item')
  const markers = itemMarkers(items, sectionHeaded)
  let k = 0
  return value.map((el) => (el.type === 'item' ? markers[k++]! : null))
}

/** 部分编辑器的内容有没有标题（第一个元素是部分标题；只有空白等于没有）。 */
export function valueHeaded(value: readonly NoticeElement[]): boolean {
  const first = value[0]
  return first?.type === 'section-heading' && isHeaded(first.children.map((c) => c.text).join(''))
}
