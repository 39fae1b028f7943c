// 选区键在模型里完成（renderer/editor/selection-keys.ts）：终点是部分的首尾，不取决于浏览器排到了哪里。
import { Editor, Range, Transforms } from 'slate'
import { describe, expect, it } from 'vitest'
import { Item } from '../../core/model'
import { createSectionEditor } from '../../renderer/editor/create-section-editor'
import type { NoticeEditor } from '../../renderer/editor/custom-types'
import { sectionToValue } from '../../renderer/editor/notice-value'
import { handleSelectionKey } from '../../renderer/editor/selection-keys'

function editorWithItems(n: number): NoticeEditor {
  const editor = createSectionEditor('rectification')
  const items = Array.from({ length: n }, (_, i) => Item.create('aspect', `第${i + 1}个方面`, { runIn: false }))
  editor.children = sectionToValue({ heading: null, paragraphs: [], items })
  Editor.normalize(editor, { force: true })
  return editor
}
const press = (editor: NoticeEditor, key: string, mods: { shift?: boolean; ctrl?: boolean; meta?: boolean; alt?: boolean } = {}) =>
  handleSelectionKey(editor, {
    key,
    shiftKey: mods.shift ?? false,
    ctrlKey: mods.ctrl ?? false,
    metaKey: mods.meta ?? false,
    altKey: mods.alt ?? false,
  })

describe('到开头、末尾与全选', () => {
  it('Ctrl+End / Ctrl+Home 把光标放到部分的最末、最前', () => {
    const editor = editorWithItems(300)
    Transforms.select(editor, Editor.start(editor, [150]))
    expect(press(editor, 'End', { ctrl: true })).toBe(true)
    expect(editor.selection).toEqual(Editor.range(editor, Editor.end(editor, [])))
    expect(press(editor, 'Home', { ctrl: true })).toBe(true)
    expect(editor.selection).toEqual(Editor.range(editor, Editor.start(editor, [])))
  })

  it('Ctrl+Shift+End / Ctrl+Shift+Home 从原来的起点选到末尾、开头', () => {
    const editor = editorWithItems(300)
    const middle = Editor.start(editor, [150])
    Transforms.select(editor, middle)
    expect(press(editor, 'End', { ctrl: true, shift: true })).toBe(true)
    expect(editor.selection).toEqual({ anchor: middle, focus: Editor.end(editor, []) })
    expect(press(editor, 'Home', { ctrl: true, shift: true })).toBe(true)
    expect(editor.selection).toEqual({ anchor: middle, focus: Editor.start(editor, []) })
  })

  it('Ctrl+A 选中整个部分；Mac 的 Cmd 同样', () => {
    const editor = editorWithItems(3)
    Transforms.select(editor, Editor.start(editor, [1]))
    expect(press(editor, 'a', { ctrl: true })).toBe(true)
    expect(editor.selection).toEqual(Editor.range(editor, []))
    Transforms.select(editor, Editor.start(editor, [1]))
    expect(press(editor, 'End', { meta: true })).toBe(true)
    expect(Range.isCollapsed(editor.selection!) && Editor.isEnd(editor, editor.selection!.focus, [])).toBe(true)
  })

  it('不带 Ctrl 的 Home/End、带 Alt 的、输入法组字中的不处理', () => {
    const editor = editorWithItems(3)
    const at = Editor.start(editor, [1])
    Transforms.select(editor, at)
    expect(press(editor, 'End')).toBe(false)
    expect(press(editor, 'End', { shift: true })).toBe(false)
    expect(press(editor, 'End', { ctrl: true, alt: true })).toBe(false)
    expect(press(editor, 'a')).toBe(false)
    expect(
      handleSelectionKey(editor, { key: 'End', shiftKey: false, ctrlKey: true, metaKey: false, altKey: false, isComposing: true }),
    ).toBe(false)
    expect(editor.selection).toEqual(Editor.range(editor, at))
  })
})
