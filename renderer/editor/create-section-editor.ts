/** 一个部分（组织情况、逐条整改、下一步打算）的编辑器实例，装上通报的结构插件。 */
import { createEditor } from 'slate'
import { withHistory } from 'slate-history'
import { withReact } from 'slate-react'
import type { SectionKey } from '../../core/model'
import type { NoticeEditor } from './custom-types'
import { MarkerStore } from './marker-store'
import { withNoticeStructure } from './with-notice-structure'
import { withPaste } from './with-paste'
import { withTypedMarkers } from './with-typed-markers'

/** 大文档时启用 slate-react 的分块渲染：只重绘变化所在的块，输入延迟不随篇幅增长。 */
const CHUNK_SIZE = 200

export function createSectionEditor(key: SectionKey, isSectionHeaded: () => boolean): NoticeEditor {
  const editor = withReact(withHistory(createEditor())) as NoticeEditor
  editor.sectionKey = key
  editor.getChunkSize = (node) => (node === editor ? CHUNK_SIZE : null)
  // 编号在 React 得知修改之前更新，重绘时读到的已是新编号。
  editor.markers = new MarkerStore()
  const { onChange } = editor
  editor.onChange = (options) => {
    if (editor.operations.some((op) => op.type !== 'set_selection')) editor.markers.update(editor.children, isSectionHeaded())
    onChange(options)
  }
  return withPaste(withTypedMarkers(withNoticeStructure(editor), isSectionHeaded), isSectionHeaded)
}
