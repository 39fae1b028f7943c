/** 一个部分的 Slate 编辑区，嵌在纸面上；结构键、分块渲染、部分标题编号在这里接上。 */
import { type KeyboardEvent, memo, useCallback, useEffect, useMemo } from 'react'
import { Editable, ReactEditor, type RenderChunkProps, Slate, useSlateSelector } from 'slate-react'
import type { NoticeEditor, NoticeElement } from './custom-types'
import { valueHeaded } from './structure'
import { makeRenderElement, renderLeaf } from './elements'
import { sectionHeadingExample } from '../../core/template/examples'
import { useDocumentStore, useNotice } from '../document/use-document'
import { handleStructureKey } from './keys'
import { handlePreviousRoundKey } from './previous-round'
import { skipReactSelectionTracking } from './react-selection-workaround'
import { scrollCaretIntoView } from './scroll-caret'
import { handleSelectionKey } from './selection-keys'
import { markNearChunks } from './near-chunks'
import { SMALL_SECTION_BLOCKS } from './create-section-editor'

export interface SectionEditorProps {
  editor: NoticeEditor
  /** 部分的名称（纸面左侧的灰色标签，不打印） */
  label: string
  /** 部分标题的推导序号（一、二、三、；无标题时为空串），见 core/document/numbering.ts */
  marker: string
}

function renderChunk({ attributes, children, lowest }: RenderChunkProps) {
  return (
    <div {...attributes} className={lowest ? 'chunk lowest' : 'chunk'}>
      {children}
    </div>
  )
}

function SectionEditable({ editor, label, marker }: SectionEditorProps) {
  const store = useDocumentStore()
  const headed = useSlateSelector((e) => valueHeaded(e.children as NoticeElement[]))
  const kind = useNotice((n) => n.meta.kind)
  const renderElement = useMemo(
    () => makeRenderElement(label, marker, sectionHeadingExample(kind, editor.sectionKey)),
    [label, marker, kind, editor.sectionKey],
  )
  const onKeyDown = useCallback(
    (e: KeyboardEvent<HTMLDivElement>) => {
      if (
        handleStructureKey(editor, e.nativeEvent) ||
        handlePreviousRoundKey(editor, e.nativeEvent) ||
        handleSelectionKey(editor, e.nativeEvent)
      )
        e.preventDefault()
    },
    [editor],
  )
  const empty = useSlateSelector((e) => e.children.length <= 1)
  // 块末的同段条目接到下一块的正文（paper.css）：段数不多时每处都接（.joins-run-in），否则只接可视区附近的，见 create-section-editor.ts
  const joinsRunIn = useSlateSelector((e) => e.children.length <= SMALL_SECTION_BLOCKS)
  useEffect(() => skipReactSelectionTracking(ReactEditor.toDOMNode(editor, editor)), [editor])
  // 段数多的部分只接可视区附近的块（near-chunks.ts）
  useEffect(() => (joinsRunIn ? undefined : markNearChunks(ReactEditor.toDOMNode(editor, editor))), [editor, joinsRunIn])
  return (
    <>
      <Editable
        className={`section-editor ${headed ? 'headed' : 'unheaded'}${joinsRunIn ? ' joins-run-in' : ''}`}
        data-section={editor.sectionKey}
        aria-label={`${label}（正文编辑区）`}
        renderElement={renderElement}
        renderLeaf={renderLeaf}
        renderChunk={renderChunk}
        scrollSelectionIntoView={scrollCaretIntoView}
        onKeyDown={onKeyDown}
        spellCheck={false}
      />
      {empty && (
        <p className="empty-section">
          <button
            type="button"
            onClick={() => {
              store.structure('sibling', editor.sectionKey)
              ReactEditor.focus(editor)
            }}
          >
            ＋ {editor.sectionKey === 'rectification' ? '添加第一个方面' : '添加第一条'}
          </button>
          <button
            type="button"
            onClick={() => {
              store.structure('body', editor.sectionKey)
              ReactEditor.focus(editor)
            }}
          >
            ＋ 添加段落
          </button>
          <span className="muted">或在本部分标题处按回车后输入，段首键入“一、”即成条目</span>
        </p>
      )}
    </>
  )
}

/**
 * 备忘化：通报同步（表单修改、防抖后的合并）时纸面重绘，但编辑区的属性不变就不必重绘。
 * 修改的同步和撤销历史由文档的 store 接在编辑器上（renderer/document/store.ts），这里不再转发 onChange。
 */
export const SectionEditor = memo(function SectionEditor({ editor, label, marker }: SectionEditorProps) {
  return (
    <Slate editor={editor} initialValue={editor.children}>
      <SectionEditable editor={editor} label={label} marker={marker} />
    </Slate>
  )
})
