/** 编辑器的结构命令（回车、Tab、上移下移、拖放），都以 Slate 操作完成，因此可撤销。 */
import { Editor, Node, Transforms } from 'slate'
import { Item, type ItemRole } from '../../core/model'
import { itemElement } from './notice-value'
import type { ItemElement, NoticeEditor, NoticeElement } from './custom-types'
import { MAX_DEPTH, ownerIndex, previousItemDepth, roleAt, subtreeEnd } from './structure'

const at = (editor: NoticeEditor, i: number) => editor.children[i] as NoticeElement | undefined

/** 新条目：缺省值（措施与正文同段、无状态……）取自 core 的 Item.create。 */
export function newItemElement(role: ItemRole, depth: number, title = ''): ItemElement {
  return itemElement(Item.create(role, title), depth)
}

function selectStart(editor: NoticeEditor, index: number) {
  Transforms.select(editor, Editor.start(editor, [index]))
}

/**
 * 角色改变时一并改的属性：措施的小标题通常与正文同段（run-in），方面和问题的标题独立成段；
 * 只有问题有整改状态。角色不变时保持原样（导入的文档可能有例外的排法）。
 */
export function roleProps(el: ItemElement, role: ItemRole): Partial<Pick<ItemElement, 'role' | 'runIn' | 'status'>> {
  if (el.role === role) return {}
  return { role, runIn: role === 'measure', status: role === 'problem' ? el.status : null }
}

/** 在 index 处插入新条目并把光标放进去。 */
export function insertItem(editor: NoticeEditor, index: number, depth: number, role?: ItemRole): void {
  const r = role ?? roleAt(editor.children, index, depth, editor.sectionKey)
  Transforms.insertNodes(editor, newItemElement(r, depth), { at: [index] })
  selectStart(editor, index)
}

/** 在 index 处插入正文段落（首个条目之前为部分段落，之后为条目正文）。 */
export function insertBody(editor: NoticeEditor, index: number): void {
  const type = ownerIndex(editor.children, index - 1) >= 0 ? 'item-body' : 'paragraph'
  Transforms.insertNodes(editor, { type, children: [{ text: '' }] }, { at: [index] })
  selectStart(editor, index)
}

/** 把段落变成条目（键入序号、在段落中按 Tab 时）。 */
export function convertToItem(editor: NoticeEditor, index: number, depth: number): void {
  const d = Math.max(0, Math.min(depth, previousItemDepth(editor.children, index) + 1, MAX_DEPTH))
  const role = roleAt(editor.children, index, d, editor.sectionKey)
  const { children: _children, ...props } = newItemElement(role, d)
  Editor.withoutNormalizing(editor, () => {
    Transforms.setNodes(editor, props, { at: [index] })
    Transforms.unsetNodes(editor, ['bold', 'italic'], { at: [index], match: (n) => !('type' in n), mode: 'all' })
  })
}

/** 条目连同下级整体降一级（Tab）。只有前面有同级条目可作为上级时才行。 */
export function indentItem(editor: NoticeEditor, index: number): boolean {
  const el = at(editor, index)
  if (!el || el.type !== 'item') return false
  if (previousItemDepth(editor.children, index) < el.depth || el.depth >= MAX_DEPTH) return false
  const end = subtreeEnd(editor.children, index)
  const role = roleAt(editor.children, index, el.depth + 1, editor.sectionKey)
  shiftDepth(editor, index, end, 1, role)
  return true
}

/** 条目连同下级整体升一级（Shift+Tab）。 */
export function outdentItem(editor: NoticeEditor, index: number): boolean {
  const el = at(editor, index)
  if (!el || el.type !== 'item' || el.depth === 0) return false
  const end = subtreeEnd(editor.children, index)
  const role = roleAt(editor.children, index, el.depth - 1, editor.sectionKey)
  shiftDepth(editor, index, end, -1, role)
  return true
}

function shiftDepth(editor: NoticeEditor, start: number, end: number, delta: number, headRole: ItemRole) {
  Editor.withoutNormalizing(editor, () => {
    for (let i = start; i < end; i++) {
      const el = at(editor, i)
      if (el?.type !== 'item') continue
      Transforms.setNodes(editor, i === start ? { depth: el.depth + delta, ...roleProps(el, headRole) } : { depth: el.depth + delta }, {
        at: [i],
      })
    }
  })
}

/** 把 [start, end) 的元素整体移到原下标 target 之前（target 不在区间内）。 */
export function moveRange(editor: NoticeEditor, start: number, end: number, target: number): void {
  if (target >= start && target <= end) return
  Editor.withoutNormalizing(editor, () => {
    const n = end - start
    for (let k = 0; k < n; k++) {
      if (target < start) Transforms.moveNodes(editor, { at: [start + k], to: [target + k] })
      else Transforms.moveNodes(editor, { at: [start], to: [target - 1] })
    }
  })
}

/** 同一上级下的前/后一个同级条目；没有时为 -1。 */
export function siblingIndex(value: readonly NoticeElement[], index: number, direction: -1 | 1): number {
  const el = value[index]
  if (!el || el.type !== 'item') return -1
  if (direction === 1) {
    const next = subtreeEnd(value, index)
    const n = value[next]
    return n?.type === 'item' && n.depth === el.depth ? next : -1
  }
  for (let i = index - 1; i >= 0; i--) {
    const p = value[i]!
    if (p.type !== 'item') continue
    if (p.depth === el.depth) return i
    if (p.depth < el.depth) return -1
  }
  return -1
}

/** 上移/下移一位（与同级条目交换位置，下级随之移动）。返回移动后条目的下标，不能移动时为 -1。 */
export function moveItem(editor: NoticeEditor, index: number, direction: -1 | 1): number {
  const other = siblingIndex(editor.children, index, direction)
  if (other < 0) return -1
  if (direction === -1) {
    moveRange(editor, index, subtreeEnd(editor.children, index), other)
    return other
  }
  const otherEnd = subtreeEnd(editor.children, other)
  moveRange(editor, other, otherEnd, index)
  return index + (otherEnd - other)
}

/** 拖放：把 from 处条目（连同下级）放到 target 处条目之前，并取目标的层级。 */
export function moveItemBefore(editor: NoticeEditor, from: number, target: number): boolean {
  const src = at(editor, from)
  const dst = at(editor, target)
  if (src?.type !== 'item' || dst?.type !== 'item') return false
  const end = subtreeEnd(editor.children, from)
  if (target >= from && target < end) return false
  const delta = dst.depth - src.depth
  const role = dst.role
  Editor.withoutNormalizing(editor, () => {
    moveRange(editor, from, end, target)
    const newStart = target < from ? target : target - (end - from)
    for (let i = newStart; i < newStart + (end - from); i++) {
      const el = at(editor, i)
      if (el?.type === 'item')
        Transforms.setNodes(
          editor,
          i === newStart ? { depth: el.depth + delta, ...roleProps(el, role) } : { depth: Math.max(0, el.depth + delta) },
          { at: [i] },
        )
    }
  })
  return true
}

/** 条目标题或段落的纯文字。 */
export function textAt(editor: NoticeEditor, index: number): string {
  const el = at(editor, index)
  return el ? Node.string(el) : ''
}

/** 部分中该标识的条目的下标；没有时为 -1（大纲、信息面板按标识找条目，不靠可能过时的下标）。 */
export function indexOfItem(editor: NoticeEditor, id: string): number {
  return (editor.children as NoticeElement[]).findIndex((el) => el.type === 'item' && el.id === id)
}

/** 改条目的属性（类别、状态、时限、责任单位……）。 */
export function setItemProps(editor: NoticeEditor, id: string, props: Partial<ItemElement>): void {
  const index = indexOfItem(editor, id)
  if (index >= 0) Transforms.setNodes<ItemElement>(editor, props, { at: [index] })
}

/** 工具栏的结构按钮。 */
export type StructureAction = 'sibling' | 'child' | 'body' | 'indent' | 'outdent' | 'up' | 'down'

/** 在光标所在处（没有光标时在末尾）执行结构命令；返回移动后条目的下标（上移、下移时），供跳转。 */
export function structureCommand(editor: NoticeEditor, action: StructureAction): number | null {
  const index = editor.selection?.anchor.path[0] ?? editor.children.length - 1
  const owner = ownerIndex(editor.children, index)
  const ownerEl = owner >= 0 ? editor.children[owner] : undefined
  switch (action) {
    case 'sibling':
      if (ownerEl?.type === 'item') insertItem(editor, subtreeEnd(editor.children, owner), ownerEl.depth, ownerEl.role)
      else insertItem(editor, editor.children.length, 0)
      return null
    case 'child':
      if (ownerEl?.type === 'item') insertItem(editor, subtreeEnd(editor.children, owner), ownerEl.depth + 1)
      else insertItem(editor, editor.children.length, 0)
      return null
    case 'body':
      insertBody(editor, owner >= 0 ? owner + 1 : index + 1)
      return null
    case 'indent':
      if (owner >= 0) indentItem(editor, owner)
      return null
    case 'outdent':
      if (owner >= 0) outdentItem(editor, owner)
      return null
    case 'up':
    case 'down': {
      if (owner < 0) return null
      const to = moveItem(editor, owner, action === 'up' ? -1 : 1)
      return to >= 0 ? to : null
    }
  }
}

/** 选中 index 处元素中的一段（range 为字符偏移），没有 range 时把光标放在元素末尾。 */
export function selectIn(editor: NoticeEditor, index: number, range?: [number, number]): void {
  const start = Editor.start(editor, [index])
  if (range) {
    const anchor = Editor.after(editor, start, { distance: range[0] }) ?? start
    const focus = Editor.after(editor, start, { distance: range[1] }) ?? anchor
    Transforms.select(editor, { anchor, focus })
  } else Transforms.select(editor, Editor.end(editor, [index]))
}
