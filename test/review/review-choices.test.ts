// 合并审阅稿的选择与拒绝：只接受一部分改动；审阅期间又改过的条目不被覆盖；别的通报的审阅稿（文档编号不同、或对不上）被拒绝。
import { beforeAll, describe, expect, it } from 'vitest'
import { exportDocx } from '../../core/export/docx/index'
import { importNotice } from '../../core/import/index'
import { formatMessage } from '../../core/messages/format'
import { TongbaoError } from '../../core/messages/tongbao-error'
import type { Item, Notice } from '../../core/model/notice'
import { RichText } from '../../core/model/rich-text'
import { applyReviewChanges, readReviewedDocx, reviewChanges, reviewView } from '../../core/review/index'
import { seedNames, seedText } from '../support/seeds'
import { type EditPlan, NEW_ITEM_TEXT, planEdits, REWORD, withDocumentId, withItemFields, writeReviewed } from './support/review-edits'

let notice: Notice
let plan: EditPlan
let tracked: Uint8Array
let otherDocx: Uint8Array
let exported: Uint8Array

const load = async (name: string) => withItemFields((await importNotice({ name, bytes: new TextEncoder().encode(seedText(name)) })).notice)
const find = (n: Notice, id: string): Item | undefined => {
  const walk = (items: Item[]): Item | undefined => items.map((i) => (i.id === id ? i : walk(i.children))).find(Boolean)
  return walk(n.organization.items) ?? walk(n.rectification.items) ?? walk(n.nextSteps.items)
}
const text = (i: Item | undefined) => (i ? [i.title, ...RichText.texts(i.body)].join('') : null)

beforeAll(async () => {
  const [first, second] = seedNames()
  notice = await load(first!)
  plan = planEdits(notice)
  exported = await exportDocx(notice)
  tracked = writeReviewed(exported, notice, plan, 'tracked')
  otherDocx = await exportDocx(await load(second!))
})

describe('接受一部分改动', () => {
  it('拒绝改写与新增条目：那一条保持原文、没有新条目，其余改动照样合并', () => {
    const result = reviewChanges(notice, readReviewedDocx(tracked))
    const reword = result.changes.find((c) => c.kind === 'edit' && c.itemId === plan.reword.itemId)!
    const added = result.changes.find((c) => c.kind === 'item-added')!
    const chosen = new Set(result.changes.filter((c) => c !== reword && c !== added).map((c) => c.id))
    const { notice: merged, skipped } = applyReviewChanges(notice, result, chosen)
    expect(skipped).toEqual([])
    expect(text(find(merged, plan.reword.itemId))).toBe(text(find(notice, plan.reword.itemId)))
    expect(text(find(merged, plan.reword.itemId))).not.toContain(REWORD)
    expect(JSON.stringify(merged)).not.toContain(NEW_ITEM_TEXT)
    expect(find(merged, plan.deleteItem)).toBeUndefined()
    expect(text(find(merged, plan.deleteSentence.itemId))).not.toBe(text(find(notice, plan.deleteSentence.itemId)))
  })

  it('什么都不接受：通报原样不动', () => {
    const result = reviewChanges(notice, readReviewedDocx(tracked))
    expect(applyReviewChanges(notice, result, new Set()).notice).toEqual(notice)
  })

  it('审阅期间在 Tongbao 里又改过的条目：它的改动不应用、列为未合并，其余照样合并', () => {
    const open: Notice = JSON.parse(JSON.stringify(notice))
    const item = find(open, plan.reword.itemId)!
    item.body = [...item.body, ...RichText.of('导出之后新加的一段。')]
    const result = reviewChanges(open, readReviewedDocx(tracked), { base: notice })
    const { notice: merged, skipped } = applyReviewChanges(open, result, new Set(result.changes.map((c) => c.id)))
    const reword = result.changes.find((c) => c.kind === 'edit' && c.itemId === plan.reword.itemId)!
    expect(skipped).toEqual([reword.id])
    expect(RichText.texts(find(merged, plan.reword.itemId)!.body)).toContain('导出之后新加的一段。')
    expect(find(merged, plan.deleteItem)).toBeUndefined()
  })

  it('接受与拒绝两种读法：拒绝全部修订即导出时的文字', () => {
    const doc = readReviewedDocx(tracked)
    const plain = readReviewedDocx(exported)
    expect(reviewView(doc, 'rejected').map((p) => p.text)).toEqual(reviewView(plain, 'accepted').map((p) => p.text))
    const count = (view: 'accepted' | 'rejected') => reviewView(doc, view).filter((p) => p.text.includes(REWORD)).length
    expect(count('accepted')).toBe(count('rejected') + 1)
  })
})

describe('不是这份通报的审阅稿', () => {
  const refused = (f: () => unknown) => {
    try {
      f()
    } catch (e) {
      return e instanceof TongbaoError ? e.code : 'other'
    }
    return null
  }

  it('另一份通报导出的 Word 文件：对不上，拒绝并说明', () => {
    expect(refused(() => reviewChanges(notice, readReviewedDocx(otherDocx)))).toBe('review.not-this-notice')
    expect(formatMessage({ code: 'review.not-this-notice', params: { percent: 3 } })).toMatch(/对不上.*3%/)
  })

  it('审阅稿记下的文档编号与打开的通报不同：拒绝；相同：照常合并', () => {
    const stamped = readReviewedDocx(withDocumentId(tracked, 'doc-A'))
    expect(stamped.properties).toEqual({ documentId: 'doc-A', versionId: 'v1', baseVersionId: null })
    expect(refused(() => reviewChanges(notice, stamped, { documentId: 'doc-B' }))).toBe('review.other-document')
    expect(reviewChanges(notice, stamped, { documentId: 'doc-A' }).changes.length).toBeGreaterThan(0)
  })

  it('不是 .docx：中文说明，不是崩溃', () => {
    expect(refused(() => readReviewedDocx(new TextEncoder().encode('不是 Word 文件')))).toBe('import.not-docx')
  })
})

describe('对照导出时的版本（送审稿记下的 TongbaoVersionId）', () => {
  it('工程里有那个版本：以它为 base；打开的通报在导出后又改过的条目不被审阅稿覆盖', async () => {
    const { reviewBase } = await import('../../core/review/index')
    const doc = readReviewedDocx(withDocumentId(tracked, 'doc-A'))
    const open: Notice = JSON.parse(JSON.stringify(notice))
    find(open, plan.reword.itemId)!.title = '导出之后改过的标题'
    const project = { documentId: 'doc-A', versions: [{ id: 'v1', notice }] }
    const options = reviewBase(project, doc.properties)
    expect(options.base).toBe(notice)
    const result = reviewChanges(open, doc, options)
    const { notice: merged, skipped } = applyReviewChanges(open, result, new Set(result.changes.map((c) => c.id)))
    expect(skipped.length).toBe(1)
    expect(find(merged, plan.reword.itemId)!.title).toBe('导出之后改过的标题')
    expect(find(merged, plan.deleteItem)).toBeUndefined()
    // 别的工程的送审稿被认出来
    expect(() => reviewChanges(open, doc, reviewBase({ documentId: 'doc-B', versions: [] }, doc.properties))).toThrow(TongbaoError)
  })
})
