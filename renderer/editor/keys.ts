/** 编辑器里的回车、Tab、Shift+Tab：像在 Word 里写多级编号那样建立同级和下级条目。 */
import { Editor, Range, Transforms } from 'slate'
import type { NoticeEditor } from './custom-types'
import { convertToItem, indentItem, insertBody, insertItem, newItemElement, outdentItem, textAt } from './commands'
import { ownerIndex, subtreeEnd } from './structure'
import { currentIndex } from './with-notice-structure'

export interface KeyLike {
  key: string
  shiftKey: boolean
  ctrlKey: boolean
  metaKey: boolean
  altKey: boolean
  isComposing?: boolean
}

/**
 * 处理结构键；返回 true 表示已处理（调用方应阻止默认行为）。
 * - 条目标题中回车：新建同级条目（标题下已有正文或下级时，新建第一个下级）；光标在标题中间时把后半截拆成新条目。
 * - 条目标题中 Shift+回车：在标题下写正文。
 * - 空标题中回车：升一级（像 Word 的多级列表）；顶层时变为正文段落。
 * - 正文中回车：新段落；空的条目正文中回车：变为同级条目。
 * - Tab / Shift+Tab：降级 / 升级（段落中按 Tab 变为条目）。
 */
export function handleStructureKey(editor: NoticeEditor, e: KeyLike): boolean {
  if (e.isComposing || e.ctrlKey || e.metaKey || e.altKey) return false
  const index = currentIndex(editor)
  if (index === null) return false
  const el = editor.children[index]
  if (!el) return false
  const collapsed = editor.selection !== null && Range.isCollapsed(editor.selection)

  if (e.key === 'Tab') {
    if (el.type === 'item') {
      if (e.shiftKey) outdentItem(editor, index)
      else indentItem(editor, index)
      return true
    }
    if (el.type === 'paragraph' || el.type === 'item-body') {
      if (e.shiftKey) return true
      const owner = ownerIndex(editor.children, index)
      const ownerEl = owner >= 0 ? editor.children[owner] : undefined
      convertToItem(editor, index, ownerEl?.type === 'item' ? ownerEl.depth + 1 : 0)
      return true
    }
    return true
  }

  if (e.key !== 'Enter' || !collapsed) return false

  if (el.type === 'section-heading') {
    insertBody(editor, index + 1)
    return true
  }

  if (el.type === 'item') {
    if (e.shiftKey) {
      insertBody(editor, index + 1)
      return true
    }
    const text = textAt(editor, index)
    if (text === '') {
      if (el.depth > 0) outdentItem(editor, index)
      else
        Transforms.setNodes(
          editor,
          { type: index > 0 && ownerIndex(editor.children, index - 1) >= 0 ? 'item-body' : 'paragraph' },
          { at: [index] },
        )
      return true
    }
    const atEnd = Editor.isEnd(editor, editor.selection!.anchor, [index])
    if (!atEnd && !Editor.isStart(editor, editor.selection!.anchor, [index])) {
      // 把后半截标题拆成新的同级条目：新条目要有自己的标识，状态从头填。
      // 新条目的字段取 core 的缺省（newItemElement），拆出来的元素多出的字段（参照、责任领导……）去掉。
      Transforms.splitNodes(editor, { always: true })
      const { children: _children, type: _type, depth: _depth, role: _role, runIn: _runIn, ...fresh } = newItemElement(el.role, el.depth)
      const stale = Object.keys(editor.children[index + 1]!).filter(
        (k) => !(k in fresh) && !['children', 'type', 'depth', 'role', 'runIn'].includes(k),
      )
      Transforms.setNodes(editor, fresh, { at: [index + 1] })
      Transforms.unsetNodes(editor, stale, { at: [index + 1] })
      return true
    }
    if (!atEnd) {
      insertItem(editor, index, el.depth, el.role)
      Transforms.select(editor, Editor.start(editor, [index + 1]))
      return true
    }
    const end = subtreeEnd(editor.children, index)
    if (end > index + 1) {
      const next = editor.children[index + 1]!
      if (next.type === 'item') insertItem(editor, index + 1, el.depth + 1)
      else insertItem(editor, end, el.depth, el.role)
      return true
    }
    insertItem(editor, index + 1, el.depth, el.role)
    return true
  }

  // 正文段落
  if (el.type === 'item-body' && textAt(editor, index) === '' && !e.shiftKey) {
    const owner = ownerIndex(editor.children, index)
    const ownerEl = editor.children[owner]
    if (ownerEl?.type === 'item') {
      convertToItem(editor, index, ownerEl.depth)
      return true
    }
  }
  return false
}
