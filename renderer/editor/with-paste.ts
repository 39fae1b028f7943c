/**
 * 粘贴：来自 Word、WPS、网页的内容只取文字和可辨认的序号结构（见 paste/）。段落的切分与导入同一个（core 的
 * htmlParagraphs / textParagraphs）；粘贴的若是一整篇通报（core 的 looksLikeNotice），先问用户要不要作为通报导入。
 */
import { Editor, Element, type Node as SlateNode, Node, Transforms } from 'slate'
import { htmlParagraphs } from '../../core/import/import-from-html'
import { textParagraphs } from '../../core/import/paragraphs'
import { looksLikeNotice } from '../../core/import/pasted-notice'
import { repairDuplicateIds } from '../../core/model/ids'
import type { NoticeEditor } from './custom-types'
import { ancestorRoles, linesToElements } from '../paste/lines-to-elements'
import { pasteOffer } from '../paste/paste-offer'
import { pasteRejection } from '../paste/paste-limit'
import { currentIndex } from './with-notice-structure'
import { ownerIndex, subtreeEnd } from './structure'

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
    const lines = html ? htmlParagraphs(html) : textParagraphs(plain)
    const tooLarge = pasteRejection(
      payload,
      lines.reduce((n, l) => n + l.length, 0),
    )
    if (tooLarge) return window.alert(tooLarge)
    if (lines.length === 0) return
    if (looksLikeNotice(lines)) {
      // 选区在对话框打开时会失去：记下位置，“只粘贴正文”时回到这里插入。
      const at = editor.selection
      return pasteOffer.offer(html ? { kind: 'html', html } : { kind: 'text', text: plain }, lines, (kept) => {
        if (at) Transforms.select(editor, at)
        insertLines(editor, kept, isSectionHeaded)
      })
    }
    insertLines(editor, lines, isSectionHeaded)
  }
  return editor
}

/**
 * 把文字行插到光标处。没有序号的一行作为文字插进当前段落；否则由 core 的条目解析建出结构：
 * 序号前的文字作为正文段落跟在光标处，条目接在光标所在条目（连同其下级）之后，层级接到它的层级上。
 * 光标所在元素为空（且没有下级）时由粘贴的内容取代。全部在一次 Slate 刷新里完成，撤销一次即回到粘贴前。
 */
function insertLines(editor: NoticeEditor, lines: string[], isSectionHeaded: () => boolean): void {
  if (lines.length === 0) return
  const index = currentIndex(editor)
  const value = editor.children
  const current = index === null ? undefined : value[index]
  if (index === null || !current || current.type === 'section-heading') {
    Transforms.insertText(editor, lines.join(''))
    return
  }
  const replace = Node.string(current) === '' && subtreeEnd(value, index) === index + 1
  // 取代空条目时它不算上级：粘贴的条目从它的层级排起。
  const replacesItem = replace && current.type === 'item'
  const ancestors = replacesItem ? ancestorRoles(value, index - 1, current.depth) : ancestorRoles(value, index)
  const { body, items } = linesToElements(lines, { section: editor.sectionKey, sectionHeaded: isSectionHeaded(), ancestors })
  if (items.length === 0 && body.length <= 1) {
    Transforms.insertText(editor, lines.join(''))
    return
  }
  const caretItem = replacesItem ? -1 : ownerIndex(value, index)
  const bodyAt = index + 1
  const itemsAt = caretItem >= 0 ? subtreeEnd(value, caretItem) : bodyAt
  Editor.withoutNormalizing(editor, () => {
    if (items.length) Transforms.insertNodes(editor, items, { at: [itemsAt] })
    if (body.length) Transforms.insertNodes(editor, body, { at: [bodyAt] })
    if (replace) Transforms.removeNodes(editor, { at: [index] })
  })
  const shift = body.length - (replace ? 1 : 0)
  const last = items.length ? itemsAt + shift + items.length - 1 : bodyAt + shift - 1
  Transforms.select(editor, Editor.end(editor, [last]))
}

/** 片段中与编辑器里已有条目（或片段中前面的条目）同号的，换成新编号；剪切后粘贴回来的保留原号。 */
function withUniqueIds(editor: NoticeEditor, fragment: SlateNode[]): SlateNode[] {
  const itemId = (n: SlateNode) => (Element.isElement(n) && n.type === 'item' ? n.id : null)
  const taken = new Set(editor.children.map(itemId).filter((id): id is string => id !== null))
  const positions = fragment.flatMap((n, i) => (itemId(n) === null ? [] : [i]))
  const { ids, changed } = repairDuplicateIds(
    positions.map((i) => itemId(fragment[i]!)!),
    taken,
  )
  if (changed.length === 0) return fragment
  const out = [...fragment]
  for (const k of changed) out[positions[k]!] = { ...(fragment[positions[k]!] as object), id: ids[k]! } as SlateNode
  return out
}
