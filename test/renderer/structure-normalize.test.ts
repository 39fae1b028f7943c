// 部分编辑器的结构规范化放在根节点上：结构操作后照常把整个部分检查一遍，增删文字时不必（issue #15：五十万字每键要扫一万块）。
import { Editor, type NodeEntry, Transforms } from 'slate'
import { describe, expect, it } from 'vitest'
import { Item } from '../../core/model'
import { createSectionEditor } from '../../renderer/editor/create-section-editor'
import type { ItemElement, NoticeEditor, NoticeElement } from '../../renderer/editor/custom-types'
import { sectionToValue } from '../../renderer/editor/notice-value'

function editorWithRootCount(): { editor: NoticeEditor; rootChecks: () => number } {
  const editor = createSectionEditor('rectification')
  editor.children = sectionToValue({
    heading: null,
    paragraphs: [],
    items: [Item.create('aspect', '关于政治建设方面', { runIn: false, children: [Item.create('problem', '学习不深入')] })],
  })
  Editor.normalize(editor, { force: true })
  let count = 0
  const { normalizeNode } = editor
  editor.normalizeNode = (entry: NodeEntry, options) => {
    if (entry[1].length === 0) count++
    normalizeNode(entry, options)
  }
  return { editor, rootChecks: () => count }
}

describe('结构规范化的范围', () => {
  it('输入、删除文字不检查整个部分', () => {
    const { editor, rootChecks } = editorWithRootCount()
    Transforms.select(editor, Editor.end(editor, [2]))
    editor.insertText('的问题')
    editor.deleteBackward('character')
    Transforms.insertText(editor, '甲', { at: Editor.start(editor, [1]) })
    expect(rootChecks()).toBe(0)
    expect(Editor.string(editor, [2])).toBe('学习不深入的问')
  })

  it('结构操作照旧检查整个部分：条目升级跳了级被改回，误插的部分标题变回段落', () => {
    const { editor, rootChecks } = editorWithRootCount()
    Transforms.setNodes<ItemElement>(editor, { depth: 3 }, { at: [2] })
    expect(rootChecks()).toBeGreaterThan(0)
    expect((editor.children[2] as NoticeElement & { depth: number }).depth).toBe(1)
    Transforms.insertNodes(editor, { type: 'section-heading', children: [{ text: '误插' }] } as NoticeElement, { at: [1] })
    expect((editor.children[1] as NoticeElement).type).toBe('paragraph')
  })

  it('一批操作里先有结构操作、后有文字操作，整个部分仍被检查（待检的路径按操作累积）', () => {
    const { editor } = editorWithRootCount()
    Editor.withoutNormalizing(editor, () => {
      Transforms.setNodes<ItemElement>(editor, { depth: 4 }, { at: [2] })
      Transforms.insertText(editor, '乙', { at: Editor.end(editor, [2]) })
    })
    expect((editor.children[2] as NoticeElement & { depth: number }).depth).toBe(1)
  })
})
