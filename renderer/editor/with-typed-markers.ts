/** 在段首键入“一、”“（一）”“1.”“（1）”时，把它识别为条目：序号由位置推导，不留在文字里。 */
import { Editor, Range, Transforms } from 'slate'
import type { NoticeEditor } from './custom-types'
import { convertToItem } from './commands'
import { depthForLevel } from '../../core/document/numbering'
import { typedMarker } from '../../core/import/markers'

export function withTypedMarkers(editor: NoticeEditor, isSectionHeaded: () => boolean): NoticeEditor {
  const { insertText } = editor
  editor.insertText = (text, options) => {
    insertText(text, options)
    const sel = editor.selection
    if (!sel || !Range.isCollapsed(sel) || !/[、，,.．）)]$/.test(text)) return
    const index = sel.anchor.path[0]!
    const el = editor.children[index]
    if (!el || el.type === 'section-heading') return
    const before = Editor.string(editor, { anchor: Editor.start(editor, [index]), focus: sel.anchor })
    const marker = typedMarker(before)
    if (!marker || marker.length !== before.length) return
    const depth = depthForLevel(marker.level, isSectionHeaded())
    Editor.withoutNormalizing(editor, () => {
      Transforms.delete(editor, { at: { anchor: Editor.start(editor, [index]), focus: sel.anchor } })
      if (el.type === 'item') Transforms.setNodes(editor, { depth }, { at: [index] })
      else convertToItem(editor, index, depth)
    })
  }
  return editor
}
