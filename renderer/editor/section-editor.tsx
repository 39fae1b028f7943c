/** 一个部分的 Slate 编辑区，嵌在纸面上；结构键、分块渲染、部分标题编号在这里接上。 */
import { type KeyboardEvent, memo, useCallback, useEffect, useMemo } from 'react'
import { Node } from 'slate'
import { Editable, ReactEditor, type RenderChunkProps, Slate, useSlateSelector } from 'slate-react'
import type { NoticeEditor } from './custom-types'
import { makeRenderElement, renderLeaf } from './elements'
import { insertBody, insertItem } from './commands'
import { handleStructureKey } from './keys'
import { handlePreviousRoundKey } from './previous-round'
import { skipReactSelectionTracking } from './react-selection-workaround'

export interface SectionEditorProps {
  editor: NoticeEditor
  /** 部分的名称（纸面左侧的灰色标签，不打印） */
  label: string
  /** 部分标题的推导序号（一、二、三、） */
  marker: string
  onChange(editor: NoticeEditor): void
  onFocus(editor: NoticeEditor): void
}

function renderChunk({ attributes, children, lowest }: RenderChunkProps) {
  return (
    <div {...attributes} className={lowest ? 'chunk lowest' : 'chunk'}>
      {children}
    </div>
  )
}

function SectionEditable({ editor, label, marker, onFocus }: Omit<SectionEditorProps, 'onChange'>) {
  const headed = useSlateSelector((e) => {
    const first = e.children[0]
    return first !== undefined && Node.string(first) !== ''
  })
  const renderElement = useMemo(() => makeRenderElement(label, marker), [label, marker])
  const onKeyDown = useCallback(
    (e: KeyboardEvent<HTMLDivElement>) => {
      if (handleStructureKey(editor, e.nativeEvent) || handlePreviousRoundKey(editor, e.nativeEvent)) e.preventDefault()
    },
    [editor],
  )
  const empty = useSlateSelector((e) => e.children.length <= 1)
  useEffect(() => skipReactSelectionTracking(ReactEditor.toDOMNode(editor, editor)), [editor])
  return (
    <>
    <Editable
      className={`section-editor ${headed ? 'headed' : 'unheaded'}`}
      data-section={editor.sectionKey}
      aria-label={`${label}（正文编辑区）`}
      renderElement={renderElement}
      renderLeaf={renderLeaf}
      renderChunk={renderChunk}
      onKeyDown={onKeyDown}
      onFocus={() => onFocus(editor)}
      spellCheck={false}
    />
    {empty && (
      <p className="empty-section">
        <button type="button" onClick={() => {
            insertItem(editor, editor.children.length, 0)
            ReactEditor.focus(editor)
          }}>
          ＋ {editor.sectionKey === 'rectification' ? '添加第一个方面' : '添加第一条'}
        </button>
        <button type="button" onClick={() => {
            insertBody(editor, editor.children.length)
            ReactEditor.focus(editor)
          }}>
          ＋ 添加段落
        </button>
        <span className="muted">或在本部分标题处按回车后输入，段首键入“一、”即成条目</span>
      </p>
    )}
    </>
  )
}

/** 备忘化：通报同步（表单修改、防抖后的合并）时纸面重绘，但编辑区的属性不变就不必重绘。 */
export const SectionEditor = memo(function SectionEditor({ editor, label, marker, onChange, onFocus }: SectionEditorProps) {
  const onSlateChange = useCallback(() => {
    if (editor.operations.some((op) => op.type !== 'set_selection')) onChange(editor)
  }, [editor, onChange])
  return (
    <Slate editor={editor} initialValue={editor.children} onChange={onSlateChange}>
      <SectionEditable editor={editor} label={label} marker={marker} onFocus={onFocus} />
    </Slate>
  )
})
