/**
 * 到部分的开头、末尾和全选（Ctrl+Home / Ctrl+End，加 Shift 为选到那里，Ctrl+A）由 Slate 在模型里完成，不交给浏览器。
 * 长通报的编辑区分块渲染，屏幕外的块用 content-visibility 跳过排版；浏览器按排版移动光标，
 * Ctrl+Shift+End 停在第一个跳过的块之前，复制时后面的文字就悄悄少了（超过 200 段的部分实测如此）。
 * 模型里的选区不看排版：终点就是最后一段的末尾，slate-react 再据它设置页面上的选区。
 */
import { Editor, Transforms } from 'slate'
import type { NoticeEditor } from './custom-types'
import type { KeyLike } from './keys'

/** 处理选区键；返回 true 表示已处理（调用方应阻止默认行为）。 */
export function handleSelectionKey(editor: NoticeEditor, e: KeyLike): boolean {
  if (e.isComposing || e.altKey || !(e.ctrlKey || e.metaKey)) return false
  const key = e.key.length === 1 ? e.key.toLowerCase() : e.key
  if (key === 'a' && !e.shiftKey) {
    Transforms.select(editor, Editor.range(editor, []))
    return true
  }
  if (key !== 'Home' && key !== 'End') return false
  const target = key === 'Home' ? Editor.start(editor, []) : Editor.end(editor, [])
  // 光标或选区的终点由 slate-react 的 scrollSelectionIntoView 滚进视野（选中一段时滚到终点）
  const anchor = e.shiftKey ? (editor.selection?.anchor ?? target) : target
  Transforms.select(editor, { anchor, focus: target })
  return true
}
