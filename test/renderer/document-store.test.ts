// 文档的 store：一条撤销历史覆盖三个部分编辑器和信息面板的字段；快速修复、表单修改、输入按先后撤销。
import { Editor, Transforms } from 'slate'
import { describe, expect, it } from 'vitest'
import { RichText } from '../../core/model'
import { DocumentStore } from '../../renderer/document/store'
import { sampleNotice } from '../support/sample-notice'

const tick = () => Promise.resolve()

function storeWithComma() {
  const notice = sampleNotice()
  notice.organization.paragraphs = RichText.of('青山县委把巡视整改作为重大政治任务,坚决扛起整改主体责任。')
  return new DocumentStore(notice)
}

const typeAtEnd = (store: DocumentStore, text: string) => {
  const editor = store.editors.rectification
  Transforms.select(editor, Editor.end(editor, [1]))
  for (const ch of text) editor.insertText(ch)
}

describe('DocumentStore：整份文档一条撤销历史', () => {
  it('组织情况的快速修复、表单修改、逐条整改中的输入：三次撤销按相反顺序撤回，重做再按原顺序恢复', async () => {
    const store = storeWithComma()
    const orgText = () => RichText.text(store.flush().organization.paragraphs)
    const finding = store.getFindings()!.find((f) => f.location.path[0] === 'organization' && f.fix)
    expect(finding?.rule).toBe('TB026')
    store.applyFix(finding!.fix!)
    expect(orgText()).toContain('任务，坚决')
    await tick()
    store.update((n) => ({ ...n, meta: { ...n.meta, roundLabel: '十五届省委第四轮' } }))
    await tick()
    const titleBefore = store.flush().rectification.items[0]!.title
    typeAtEnd(store, '（补）')
    await tick()
    expect(store.flush().rectification.items[0]!.title).toBe(`${titleBefore}（补）`)

    store.editors.rectification.undo() // 光标在逐条整改中按 Ctrl+Z
    expect(store.flush().rectification.items[0]!.title).toBe(titleBefore)
    expect(store.getNotice().meta.roundLabel).toBe('十五届省委第四轮')
    store.editors.rectification.undo()
    expect(store.getNotice().meta.roundLabel).toBe('十五届省委第三轮')
    expect(orgText()).toContain('任务，坚决')
    store.editors.rectification.undo()
    expect(orgText()).toContain('任务,坚决')
    expect(store.undo()).toBe(false)

    store.redo()
    expect(orgText()).toContain('任务，坚决')
    store.redo()
    expect(store.getNotice().meta.roundLabel).toBe('十五届省委第四轮')
    store.redo()
    expect(store.flush().rectification.items[0]!.title).toBe(`${titleBefore}（补）`)
  })

  it('在同一个字段里连续输入算一步；换到另一个字段是新的一步', () => {
    const store = storeWithComma()
    for (const v of ['十', '十五', '十五届']) store.update((n) => ({ ...n, meta: { ...n.meta, roundLabel: v } }))
    store.update((n) => ({ ...n, meta: { ...n.meta, inspectionGroup: '省委第六巡视组' } }))
    store.undo()
    expect(store.getNotice().meta).toMatchObject({ roundLabel: '十五届', inspectionGroup: '省委第五巡视组' })
    store.undo()
    expect(store.getNotice().meta.roundLabel).toBe('十五届省委第三轮')
  })

  it('改简称时模板套话随之更新，撤销一步把字段和套话一起撤回', () => {
    const notice = sampleNotice()
    const store = new DocumentStore(notice)
    const before = store.flush().organization.paragraphs
    store.update((n) => ({ ...n, meta: { ...n.meta, issuer: { ...n.meta.issuer, shortName: '青山县委员会' } } }))
    store.undo()
    expect(store.flush().organization.paragraphs).toEqual(before)
    expect(store.getNotice().meta.issuer.shortName).toBe('青山县委')
  })

  it('连续输入的文字合并成一步，新的动作清空重做', async () => {
    const store = storeWithComma()
    const title = store.flush().rectification.items[0]!.title
    typeAtEnd(store, '甲乙丙')
    await tick()
    typeAtEnd(store, '丁')
    await tick()
    store.undo()
    expect(store.flush().rectification.items[0]!.title).toBe(title)
    store.setItem('rectification', store.getNotice().rectification.items[0]!.id, { responsible: '县委办' })
    expect(store.redo()).toBe(false)
  })

  it('条目字段经 store 写入，立即同步进通报', () => {
    const store = storeWithComma()
    const id = store.getNotice().rectification.items[0]!.children[0]!.id
    store.setItem('rectification', id, { deadline: '2024-12-31' })
    expect(store.getNotice().rectification.items[0]!.children[0]!.deadline).toBe('2024-12-31')
    store.undo()
    expect(store.getNotice().rectification.items[0]!.children[0]!.deadline).toBeNull()
  })

  it('面板上的结果可能晚一步：同一个修复点两次只改一次，不在已改过的文字上再做', () => {
    const notice = sampleNotice()
    // 汉字间多余的空格：修复删去那一个字符的位置；再做一次就会删掉后面的字
    notice.organization.paragraphs = RichText.of('青山县委 把巡视整改作为重大任务。')
    const store = new DocumentStore(notice)
    const finding = store
      .getFindings()!
      .find((f) => f.location.path[0] === 'organization' && f.fix?.kind === 'replace-text' && f.fix.text === '')
    expect(finding).toBeDefined()
    const text = () => RichText.text(store.flush().organization.paragraphs)
    store.applyFix(finding!.fix!)
    expect(text()).toBe('青山县委把巡视整改作为重大任务。')
    store.applyFix(finding!.fix!)
    expect(text()).toBe('青山县委把巡视整改作为重大任务。')
    store.undo()
    expect(text()).toBe('青山县委 把巡视整改作为重大任务。')
  })
})
