/** 粘贴：来自 Word、WPS、网页的内容只取文字和可辨认的序号结构（见 paste/）。 */
import { Editor, Element, type Node as SlateNode, Node, Transforms } from 'slate'
import { repairDuplicateIds } from '../../core/model/ids'
import type { NoticeEditor, NoticeElement } from './custom-types'
import { htmlLines, plainLines } from '../paste/html-lines'
import { linesToElements } from '../paste/lines-to-elements'
import { pasteRejection } from '../paste/paste-limit'
import { typedMarker } from '../../core/import/markers'
import { currentIndex } from './with-notice-structure'

export function withPaste(editor: NoticeEditor, isSectionHeaded: () => boolean): NoticeEditor {
  const { insertData, insertFragment } = editor
  // 编辑器内复制来的条目带着原条目的编号：粘贴后就有两条同号的条目，信息面板会改错条目。换成新编号。
  editor.insertFragment = (fragment, options) => insertFragment(withUniqueIds(editor, fragment), options)
  editor.insertData = (data) => {
    // 编辑器内部复制的片段已是合法结构，交给 Slate。
    if (data.types.includes('application/x-slate-fragment')) return insertData(data)
    const html = data.getData('text/html')
    const plain = html ? '' : data.getData('text/plain')
    const payload = html.length + plain.length
    const early = pasteRejection(payload, null)
    if (early) return window.alert(early)
    const lines = (html ? htmlLines(html) : plainLines(plain)).filter((l) => l.trim() !== '')
    const tooLarge = pasteRejection(payload, lines.reduce((n, l) => n + l.length, 0))
    if (tooLarge) return window.alert(tooLarge)
    if (lines.length === 0) return
    const index = currentIndex(editor)
    const single = lines.length === 1 && !typedMarker(lines[0]!.trim())
    if (single || index === null || editor.children[index]?.type === 'section-heading') {
      Transforms.insertText(editor, lines.join(''))
      return
    }
    const current = editor.children[index]!
    const replace = Node.string(current) === ''
    const at = replace ? index : index + 1
    const elements = linesToElements(lines, { section: editor.sectionKey, sectionHeaded: isSectionHeaded(), before: editor.children.slice(0, at) as NoticeElement[] })
    Editor.withoutNormalizing(editor, () => {
      if (replace) Transforms.removeNodes(editor, { at: [index] })
      Transforms.insertNodes(editor, elements, { at: [at] })
    })
    Transforms.select(editor, Editor.end(editor, [at + elements.length - 1]))
  }
  return editor
}

/** 片段中与编辑器里已有条目（或片段中前面的条目）同号的，换成新编号；剪切后粘贴回来的保留原号。 */
function withUniqueIds(editor: NoticeEditor, fragment: SlateNode[]): SlateNode[] {
  const itemId = (n: SlateNode) => (Element.isElement(n) && n.type === 'item' ? n.id : null)
  const taken = new Set(editor.children.map(itemId).filter((id): id is string => id !== null))
  const positions = fragment.flatMap((n, i) => (itemId(n) === null ? [] : [i]))
  const { ids, changed } = repairDuplicateIds(positions.map((i) => itemId(fragment[i]!)!), taken)
  if (changed.length === 0) return fragment
  const out = [...fragment]
  for (const k of changed) out[positions[k]!] = { ...(fragment[positions[k]!] as object), id: ids[k]! } as SlateNode
  return out
}
