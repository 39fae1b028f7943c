import { describe, expect, it } from 'vitest'
import { Editor, Transforms } from 'slate'
import { Item, RichText } from '../../core/model'
import { serializeProject } from '../../core/project/project-file'
import { createNotice } from '../../core/template/new-notice'
import { createSectionEditor } from '../../renderer/editor/create-section-editor'
import type { NoticeEditor, NoticeElement } from '../../renderer/editor/custom-types'
import { moveItemBefore } from '../../renderer/editor/commands'
import { handleStructureKey } from '../../renderer/editor/keys'
import { DocumentStore } from '../../renderer/document/store'
import { sectionToValue, valueToSection } from '../../renderer/editor/notice-value'
import { flatMarkers } from '../../renderer/editor/structure'

function editorFor(items: Item[], heading: string | null = null): NoticeEditor {
  const editor = createSectionEditor('rectification')
  editor.children = sectionToValue({ heading, paragraphs: [], items })
  Editor.normalize(editor, { force: true })
  return editor
}
const key = (editor: NoticeEditor, k: string, shift = false) =>
  handleStructureKey(editor, { key: k, shiftKey: shift, ctrlKey: false, metaKey: false, altKey: false })
const cursorAtEnd = (editor: NoticeEditor, index: number) => Transforms.select(editor, Editor.end(editor, [index]))
const outline = (editor: NoticeEditor) => {
  const markers = flatMarkers(editor.children, false)
  return (editor.children as NoticeElement[]).flatMap((el, i) => (el.type === 'item' ? [`${markers[i]}${Editor.string(editor, [i])}`] : []))
}

describe('用键盘建立方面、问题、措施', () => {
  it('回车新建同级，Tab 降为下级，角色随层级', () => {
    const editor = editorFor([Item.create('aspect', '关于政治建设方面', { runIn: false })])
    cursorAtEnd(editor, 1)
    key(editor, 'Enter')
    key(editor, 'Tab')
    editor.insertText('学习不深入的问题')
    key(editor, 'Enter')
    key(editor, 'Tab')
    editor.insertText('健全制度。')
    const s = valueToSection(editor.children)
    expect(s.items).toHaveLength(1)
    expect(s.items[0]!.children[0]!.role).toBe('problem')
    expect(s.items[0]!.children[0]!.children[0]).toMatchObject({ role: 'measure', title: '健全制度。' })
    expect(outline(editor)).toEqual(['一、关于政治建设方面', '（一）学习不深入的问题', '1.健全制度。'])
  })

  it('空条目中回车升一级，Shift+Tab 也升一级', () => {
    const editor = editorFor([Item.create('aspect', '甲', { children: [Item.create('problem', '乙')] })])
    cursorAtEnd(editor, 2)
    key(editor, 'Enter')
    key(editor, 'Enter')
    editor.insertText('丙')
    expect(outline(editor)).toEqual(['一、甲', '（一）乙', '二、丙'])
    key(editor, 'Tab')
    expect(outline(editor)).toEqual(['一、甲', '（一）乙', '（二）丙'])
    key(editor, 'Tab', true)
    expect(outline(editor)).toEqual(['一、甲', '（一）乙', '二、丙'])
  })

  it('Shift+回车在标题下写正文，正文属于该条目', () => {
    const editor = editorFor([Item.create('measure', '健全制度。')])
    cursorAtEnd(editor, 1)
    key(editor, 'Enter', true)
    editor.insertText('修订学习规则。')
    expect(valueToSection(editor.children).items[0]!.body).toEqual(RichText.of('修订学习规则。'))
  })

  it('段首键入“（二）”成为条目，序号不留在文字里', () => {
    const editor = editorFor([Item.create('aspect', '甲')])
    cursorAtEnd(editor, 1)
    key(editor, 'Enter', true) // 正文段落
    for (const ch of ['（', '一', '）']) editor.insertText(ch)
    editor.insertText('问题')
    expect(outline(editor)).toEqual(['一、甲', '（一）问题'])
  })

  it('在有标题的部分，键入的“（一）”是第一层条目', () => {
    const editor = editorFor([], '整改落实情况')
    Transforms.select(editor, Editor.end(editor, [0]))
    key(editor, 'Enter')
    editor.insertText('（一）')
    editor.insertText('关于某方面')
    expect(editor.children[1]).toMatchObject({ type: 'item', depth: 0 })
    expect(flatMarkers(editor.children, true)[1]).toBe('（一）')
  })

  it('上移、下移时下级随之移动，编号跟着变，可撤销', () => {
    const notice = createNotice('巡视')
    notice.rectification = {
      heading: null,
      paragraphs: [],
      items: [
        Item.create('aspect', '甲', { children: [Item.create('problem', '甲一')] }),
        Item.create('aspect', '乙', { body: RichText.of('乙的正文'), children: [Item.create('problem', '乙一')] }),
      ],
    }
    const store = new DocumentStore(notice)
    const editor = store.editors.rectification
    const [jia, yi] = notice.rectification.items.map((i) => i.id) as [string, string]
    expect(store.moveItem('rectification', yi, -1)).toBe(1)
    expect(outline(editor)).toEqual(['一、乙', '（一）乙一', '二、甲', '（一）甲一'])
    expect(valueToSection(editor.children).items[0]!.body).toEqual(RichText.of('乙的正文'))
    store.moveItem('rectification', jia, -1) // 每次用户操作是一个独立的撤销步骤
    expect(outline(editor)).toEqual(['一、甲', '（一）甲一', '二、乙', '（一）乙一'])
    editor.undo() // slate-react 的 Ctrl+Z 调用它：撤销整份文档的上一个动作
    expect(outline(editor)).toEqual(['一、乙', '（一）乙一', '二、甲', '（一）甲一'])
  })

  it('拖放到另一条目之前时取其层级和角色', () => {
    const editor = editorFor([
      Item.create('aspect', '甲', { children: [Item.create('problem', '甲一'), Item.create('problem', '甲二')] }),
      Item.create('aspect', '乙'),
    ])
    const from = 5 - 1 // 乙
    expect(moveItemBefore(editor, from, 2)).toBe(true)
    expect(outline(editor)).toEqual(['一、甲', '（一）乙', '（二）甲一', '（三）甲二'])
    expect(valueToSection(editor.children).items[0]!.children[0]).toMatchObject({ title: '乙', role: 'problem' })
  })

  it('把状态改回“未填”后仍能存为合法的工程文件', () => {
    const editor = editorFor([Item.create('problem', '甲', { status: '已完成' })])
    Transforms.setNodes(editor, { status: null }, { at: [1] })
    const notice = createNotice('巡视')
    notice.rectification = valueToSection(editor.children)
    expect(() => serializeProject(notice)).not.toThrow()
    expect(notice.rectification.items[0]!.status).toBeNull()
  })

  it('删除首个条目后，孤立的正文成为部分段落而不丢失', () => {
    const editor = editorFor([Item.create('aspect', '甲', { body: RichText.of('正文') })])
    Transforms.removeNodes(editor, { at: [1] })
    expect(valueToSection(editor.children).paragraphs).toEqual(RichText.of('正文'))
  })
})
