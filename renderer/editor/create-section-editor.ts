/** 一个部分（组织情况、逐条整改、下一步打算）的编辑器实例，装上通报的结构插件。 */
import { createEditor } from 'slate'
import { withReact } from 'slate-react'
import type { SectionKey } from '../../core/model'
import type { NoticeEditor } from './custom-types'
import { ActiveItem } from './active-item'
import { MarkerStore } from './marker-store'
import { ownerIndex, valueHeaded } from './structure'
import { withNoticeStructure } from './with-notice-structure'
import { withPaste } from './with-paste'
import { withTypedMarkers } from './with-typed-markers'
import { withCopy } from './with-copy'

/**
 * slate-react 的分块渲染。最低一层的块带 content-visibility（paper.css）：屏幕外的块不排版、不绘制，光标所在的块越小，
 * 每次按键重排、重绘的就越少。打开时不超过 SMALL_SECTION_BLOCKS 段的部分每块 20 段（最大样例每键绘制 1.3 → 0.6 ms）；
 * 更大的部分每块 200 段：与正文同段的条目若正好落在块末，要把前后两块改成行内才能接着排（paper.css），
 * 几百块时这样的块连成一片、都不能跳过，50 万字时每键要几十毫秒；所以那里只接可视区附近的块（near-chunks.ts）。
 * 块的大小在第一次渲染时定下，之后（粘贴变长了也）不变：slate-react 不为改变块的大小重建分块。
 */
export const SMALL_SECTION_BLOCKS = 400
const SMALL_CHUNK = 20
const LARGE_CHUNK = 200

export function createSectionEditor(key: SectionKey): NoticeEditor {
  const editor = withReact(createEditor()) as NoticeEditor
  const isSectionHeaded = () => valueHeaded(editor.children)
  // 撤销历史属于整份文档（renderer/document/history.ts）；单独使用的编辑器（测试）撤销时什么也不做。
  editor.undo = () => undefined
  editor.redo = () => undefined
  editor.sectionKey = key
  let chunkSize: number | undefined
  editor.getChunkSize = (node) =>
    node === editor ? (chunkSize ??= editor.children.length > SMALL_SECTION_BLOCKS ? LARGE_CHUNK : SMALL_CHUNK) : null
  // 编号在 React 得知修改之前更新，重绘时读到的已是新编号。
  editor.markers = new MarkerStore()
  editor.activeItem = new ActiveItem()
  const { onChange } = editor
  editor.onChange = (options) => {
    // 编号只取决于结构：只改了条目文字（不是部分标题）时不必重算。
    const structural = editor.operations.some(
      (op) => op.type !== 'set_selection' && !((op.type === 'insert_text' || op.type === 'remove_text') && op.path[0] !== 0),
    )
    if (structural) editor.markers.update(editor.children, isSectionHeaded())
    editor.activeItem.set(activeItemId(editor))
    onChange(options)
  }
  return withCopy(withPaste(withTypedMarkers(withNoticeStructure(editor), isSectionHeaded), isSectionHeaded))
}

/** 光标所在（或其正文所属）的条目标识。 */
function activeItemId(editor: NoticeEditor): string | null {
  const index = editor.selection?.anchor.path[0]
  if (index === undefined) return null
  const owner = ownerIndex(editor.children, index)
  const el = owner >= 0 ? editor.children[owner] : undefined
  return el?.type === 'item' ? el.id : null
}
