// 编辑器基准的对照页：只有 slate-react 0.146 的最简编辑器，装上与通报相同的文字（每段一个段落元素）。
// chunked 时用与通报相同的两项技术：slate-react 的分块渲染（每块 200 个节点）与屏幕外分块的 content-visibility。
import { createRoot } from 'react-dom/client'
import { createEditor, type Descendant } from 'slate'
import { withHistory } from 'slate-history'
import { Editable, type RenderChunkProps, Slate, withReact } from 'slate-react'

declare global {
  interface Window {
    mountPlain(paragraphs: string[], chunked: boolean): void
  }
}

function renderChunk({ attributes, children, lowest }: RenderChunkProps) {
  return (
    <div {...attributes} className={lowest ? 'chunk lowest' : 'chunk'}>
      {children}
    </div>
  )
}

window.mountPlain = (paragraphs, chunked) => {
  const editor = withReact(withHistory(createEditor()))
  if (chunked) editor.getChunkSize = (node) => (node === editor ? 200 : null)
  // 对照页的元素不是通报的元素类型：Slate 的 CustomTypes 按通报声明，这里绕开它。
  const value = paragraphs.map((text) => ({ type: 'paragraph', children: [{ text }] })) as unknown as Descendant[]
  createRoot(document.getElementById('root')!).render(
    <Slate editor={editor} initialValue={value}>
      <Editable className="plain" spellCheck={false} {...(chunked ? { renderChunk } : {})} />
    </Slate>,
  )
}
