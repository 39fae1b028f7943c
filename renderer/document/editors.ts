/** 一个文档的三个部分编辑器，以及把它们的内容合回通报、把通报的改动写回编辑器（只由 store.ts 调用）。 */
import { Editor, Transforms } from 'slate'
import { SECTION_KEYS, type Notice, type Section, type SectionKey } from '../../core/model'
import { createSectionEditor } from '../editor/create-section-editor'
import type { NoticeEditor, SectionValue } from '../editor/custom-types'
import { rememberShared, sectionToValue, updateSection, valueToSection } from '../editor/notice-value'
import { shareSection } from '../editor/share-section'
import { valueHeaded } from '../editor/structure'

export type Editors = Record<SectionKey, NoticeEditor>

/** 每个编辑器打开时的内容（primeSync 只对上还没动过的编辑器）。 */
const openedWith = new WeakMap<NoticeEditor, SectionValue>()

export function createEditors(notice: Notice): Editors {
  const out = {} as Editors
  for (const key of SECTION_KEYS) {
    const editor = createSectionEditor(key)
    editor.children = sectionToValue(notice[key])
    openedWith.set(editor, editor.children)
    editor.markers.update(editor.children, valueHeaded(editor.children))
    out[key] = editor
  }
  return out
}

/** 编辑器内容（Slate 每次修改换一个新数组）→ 由它得到的部分：没动过的部分编辑器不必重建。 */
const sectionOf = new WeakMap<SectionValue, Section>()
/** 每个编辑器上次同步的内容 */
const lastSynced = new WeakMap<NoticeEditor, SectionValue>()

/**
 * 把编辑器的初始内容与通报的部分对上，像同步过一次那样记下（sectionOf、lastSynced、各元素的位置）：打开后的第一次输入同步
 * 也走快路，只写改动处。否则第一次同步要整部分转换再共享，五十万字时是一个 50 ms 上下的任务，排在按键前面。
 * 在打开之后的空闲时调用（store.ts）；编辑器已经同步过、打开后已经输入过、或初始内容转换回来与通报不完全相同（共享不了）时什么也不做。
 */
export function primeSync(notice: Notice, editors: Editors): void {
  for (const key of SECTION_KEYS) {
    const editor = editors[key]
    const value = editor.children
    // 已经同步过，或打开后已经输入过（内容换了对象）：第一次同步自会整部分转换，这里不再白转换一遍。
    if (lastSynced.has(editor) || value !== openedWith.get(editor)) continue
    const section = shareSection(notice[key], valueToSection(value))
    if (section !== notice[key]) continue
    rememberShared(value, section)
    sectionOf.set(value, section)
    lastSynced.set(editor, value)
  }
}

/**
 * 编辑器是三个部分的真实来源；其余字段在通报状态里。
 * 内容没变的条目、段落沿用 notice 中的旧对象（见 share-section.ts），增量校验因此只重查改动处。
 */
export function withSections(notice: Notice, editors: Editors): Notice {
  const out = { ...notice }
  let changed = false
  for (const key of SECTION_KEYS) {
    const editor = editors[key]
    const value = editor.children
    // 记下共享后的结果：下次同步时该部分若没动，与 notice 中的对象相同，比较立即结束。
    let section = sectionOf.get(value)
    if (!section) {
      // 上次同步的内容得出的正是通报里的这一部分时，只写改动的几处（打字）；否则整部分转换再共享。
      const prev = lastSynced.get(editor)
      const fast = prev && sectionOf.get(prev) === notice[key] ? updateSection(prev, notice[key], value) : null
      if (fast) section = fast
      else {
        section = shareSection(notice[key], valueToSection(value))
        rememberShared(value, section)
      }
    } else section = shareSection(notice[key], section)
    sectionOf.set(value, section)
    lastSynced.set(editor, value)
    out[key] = section
    if (section !== notice[key]) changed = true
  }
  // 都没变时返回原对象：订阅者（useSyncExternalStore）据此不必重绘。
  return changed ? out : notice
}

const withoutChildren = ({ children: _c, ...props }: { children: unknown }) => JSON.stringify(props)
const withoutText = ({ text: _t, ...marks }: { text: string }) => JSON.stringify(marks)

/**
 * 元素只有文字变了（属性、文字节点的个数和样式都相同）时，只改变了的那段文字：
 * 一键修正几百处标点时，Slate 不必卸下、重建整个元素（React 也不必重新挂载它），撤销时同样轻。
 * 形状不同时返回 false，由调用方整个替换。
 */
function replaceTexts(editor: NoticeEditor, index: number, before: SectionValue[number], after: SectionValue[number]): boolean {
  const a = before.children as { text: string }[]
  const b = after.children as { text: string }[]
  if (a.length !== b.length || withoutChildren(before) !== withoutChildren(after)) return false
  if (a.some((t, j) => typeof t.text !== 'string' || typeof b[j]!.text !== 'string' || withoutText(t) !== withoutText(b[j]!))) return false
  b.forEach((t, j) => {
    const from = a[j]!.text
    if (from === t.text) return
    let head = 0
    while (head < from.length && head < t.text.length && from[head] === t.text[head]) head++
    let tail = 0
    while (tail < from.length - head && tail < t.text.length - head && from[from.length - 1 - tail] === t.text[t.text.length - 1 - tail])
      tail++
    const path = [index, j]
    const range = { anchor: { path, offset: head }, focus: { path, offset: from.length - tail } }
    Transforms.insertText(editor, t.text.slice(head, t.text.length - tail), { at: range })
  })
  return true
}

/** 用新内容替换编辑器内容（作为一次可撤销的修改）；只替换变化了的元素，只有文字变了的只改文字。 */
export function replaceValue(editor: NoticeEditor, value: SectionValue): void {
  const old = editor.children
  Editor.withoutNormalizing(editor, () => {
    if (old.length === value.length) {
      for (let i = value.length - 1; i >= 0; i--) {
        if (JSON.stringify(old[i]) === JSON.stringify(value[i])) continue
        if (replaceTexts(editor, i, old[i]!, value[i]!)) continue
        Transforms.removeNodes(editor, { at: [i] })
        Transforms.insertNodes(editor, value[i]!, { at: [i] })
      }
      return
    }
    for (let i = old.length - 1; i >= 0; i--) Transforms.removeNodes(editor, { at: [i] })
    Transforms.insertNodes(editor, value, { at: [0] })
  })
}

/** 通报被面板（快速修复等）改过后，把变化了的部分写回编辑器。 */
export function syncEditorsFrom(notice: Notice, editors: Editors): void {
  for (const key of SECTION_KEYS) {
    const current = valueToSection(editors[key].children)
    if (JSON.stringify(current) !== JSON.stringify(notice[key])) replaceValue(editors[key], sectionToValue(notice[key]))
  }
}
