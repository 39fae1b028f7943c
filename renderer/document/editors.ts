/** 一个文档的三个部分编辑器，以及把它们的内容合回通报、把通报的改动写回编辑器（只由 store.ts 调用）。 */
import { Editor, Transforms } from 'slate'
import { SECTION_KEYS, type Notice, type Section, type SectionKey } from '../../core/model'
import { createSectionEditor } from '../editor/create-section-editor'
import type { NoticeEditor, SectionValue } from '../editor/custom-types'
import { sectionToValue, valueToSection } from '../editor/notice-value'
import { shareSection } from '../editor/share-section'
import { valueHeaded } from '../editor/structure'

export type Editors = Record<SectionKey, NoticeEditor>

export function createEditors(notice: Notice): Editors {
  const out = {} as Editors
  for (const key of SECTION_KEYS) {
    const editor = createSectionEditor(key)
    editor.children = sectionToValue(notice[key])
    editor.markers.update(editor.children, valueHeaded(editor.children))
    out[key] = editor
  }
  return out
}

/** 编辑器内容（Slate 每次修改换一个新数组）→ 由它得到的部分：没动过的部分编辑器不必重建。 */
const sectionOf = new WeakMap<SectionValue, Section>()

/**
 * 编辑器是三个部分的真实来源；其余字段在通报状态里。
 * 内容没变的条目、段落沿用 notice 中的旧对象（见 share-section.ts），增量校验因此只重查改动处。
 */
export function withSections(notice: Notice, editors: Editors): Notice {
  const out = { ...notice }
  let changed = false
  for (const key of SECTION_KEYS) {
    const value = editors[key].children
    // 记下共享后的结果：下次同步时该部分若没动，与 notice 中的对象相同，比较立即结束。
    const section = shareSection(notice[key], sectionOf.get(value) ?? valueToSection(value))
    sectionOf.set(value, section)
    out[key] = section
    if (section !== notice[key]) changed = true
  }
  // 都没变时返回原对象：订阅者（useSyncExternalStore）据此不必重绘。
  return changed ? out : notice
}

/** 用新内容替换编辑器内容（作为一次可撤销的修改）；只替换变化了的元素。 */
export function replaceValue(editor: NoticeEditor, value: SectionValue): void {
  const old = editor.children
  Editor.withoutNormalizing(editor, () => {
    if (old.length === value.length) {
      for (let i = value.length - 1; i >= 0; i--) {
        if (JSON.stringify(old[i]) === JSON.stringify(value[i])) continue
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
