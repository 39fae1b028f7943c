// 编辑器基准的对照页：只有 slate-react 0.146 的最简编辑器，装上与通报相同的文字（每段一个段落元素）。
// chunked 时用与通报相同的两项技术：slate-react 的分块渲染（每块 200 个节点）与屏幕外分块的 content-visibility。
import { createRoot } from 'react-dom/client'
import { createEditor, type Descendant, Editor, Node, Transforms } from 'slate'
import { withHistory } from 'slate-history'
import { Editable, type RenderChunkProps, Slate, withReact } from 'slate-react'

declare global {
  interface Window {
    mountPlain(paragraphs: string[], chunked: boolean): void
    /** 一批替换（检查面板“一键修正”的对照）：汉字旁的半角点号全部换成全角，一次 Slate 修改；返回替换的处数。 */
    fixPlain(): number
    undoPlain(): void
  }
}

function renderChunk({ attributes, children, lowest }: RenderChunkProps) {
  return (
    <div {...attributes} className={lowest ? 'chunk lowest' : 'chunk'}>
      {children}
    </div>
  )
}

const FULL: Record<string, string> = { ',': '，', ';': '；', ':': '：', '!': '！', '?': '？' }
const HALF = /(?<=\p{Script=Han})[,;:!?]|[,;:!?](?=\p{Script=Han})/gu
let mounted: Editor | null = null

window.fixPlain = () => {
  const editor = mounted!
  let n = 0
  Editor.withoutNormalizing(editor, () => {
    editor.children.forEach((node, i) => {
      for (const m of [...Node.string(node).matchAll(HALF)].reverse()) {
        const at = { anchor: { path: [i, 0], offset: m.index }, focus: { path: [i, 0], offset: m.index + 1 } }
        Transforms.insertText(editor, FULL[m[0]]!, { at })
        n++
      }
    })
  })
  return n
}
window.undoPlain = () => mounted!.undo()

window.mountPlain = (paragraphs, chunked) => {
  const editor = withReact(withHistory(createEditor()))
  mounted = editor
  if (chunked) editor.getChunkSize = (node) => (node === editor ? 200 : null)
  // 对照页的元素不是通报的元素类型：Slate 的 CustomTypes 按通报声明，这里绕开它。
  const value = paragraphs.map((text) => ({ type: 'paragraph', children: [{ text }] })) as unknown as Descendant[]
  createRoot(document.getElementById('root')!).render(
    <Slate editor={editor} initialValue={value}>
      <Editable className="plain" spellCheck={false} {...(chunked ? { renderChunk } : {})} />
    </Slate>,
  )
}
