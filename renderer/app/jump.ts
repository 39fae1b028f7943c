/** 从模型路径（检查结果、大纲）跳到编辑器中的位置或信息面板中的字段，并短暂高亮。 */
import { ReactEditor } from 'slate-react'
import { getAtPath, pathToPointer, type Item, type Notice, type Path, SECTION_KEYS, type SectionKey } from '../../core/model'
import type { NoticeElement } from '../editor/custom-types'
import { selectIn } from '../editor/commands'
import type { Editors } from '../document/editors'

export type JumpTarget = { kind: 'editor'; section: SectionKey; index: number } | { kind: 'field'; path: Path }

/** 模型路径 → 编辑器中的元素下标；路径不在三个部分中时为信息面板字段。 */
export function resolvePath(notice: Notice, editors: Editors, path: Path): JumpTarget {
  const section = path[0]
  if (!SECTION_KEYS.includes(section as SectionKey)) return { kind: 'field', path }
  const key = section as SectionKey
  const editor = editors[key]
  if (path[1] === 'heading') return { kind: 'editor', section: key, index: 0 }
  if (path[1] === 'paragraphs') return { kind: 'editor', section: key, index: 1 + Number(path[2] ?? 0) }
  // 找到路径中最深的条目
  let itemEnd = -1
  for (let i = 1; i < path.length; i++)
    if ((path[i - 1] === 'items' || path[i - 1] === 'children') && typeof path[i] === 'number') itemEnd = i
  if (itemEnd < 0) return { kind: 'editor', section: key, index: 0 }
  const item = getAtPath(notice, path.slice(0, itemEnd + 1)) as Item | undefined
  const index = item ? (editor.children as NoticeElement[]).findIndex((el) => el.type === 'item' && el.id === item.id) : -1
  if (index < 0) return { kind: 'editor', section: key, index: 0 }
  const bodyIndex = path[itemEnd + 1] === 'body' && typeof path[itemEnd + 2] === 'number' ? (path[itemEnd + 2] as number) + 1 : 0
  return { kind: 'editor', section: key, index: Math.min(index + bodyIndex, editor.children.length - 1) }
}

function flash(el: Element | null) {
  if (!el) return
  el.scrollIntoView({ block: 'center' })
  el.classList.add('flash')
  setTimeout(() => el.classList.remove('flash'), 1800)
}

export function jumpToEditor(editors: Editors, section: SectionKey, index: number, range?: [number, number]): void {
  const editor = editors[section]
  const node = editor.children[index]
  if (!node) return
  try {
    ReactEditor.focus(editor)
    selectIn(editor, index, range)
    flash(ReactEditor.toDOMNode(editor, node))
  } catch {
    // 元素已不在（例如刚被删除）：不跳。
  }
}

/** 信息面板字段的 id：field-/meta/issuer/fullName。路径更深时找最近的上级字段。 */
export function fieldId(path: Path): string {
  return `field-${pathToPointer(path)}`
}

export function jumpToField(path: Path): boolean {
  for (let n = path.length; n > 0; n--) {
    const el = document.getElementById(fieldId(path.slice(0, n)))
    if (el) {
      ;(el as HTMLElement).focus()
      flash(el)
      return true
    }
  }
  return false
}
