// 导入审阅稿（#18），像用户一样：导入一份样例 → 导出 Word（送审稿）→ 审阅人在稿上留修订与批注 → 导入审阅稿 →
// 看按条目列出的改动 → 拒绝其中一处、其余接受 → 合并（批注出现在“检查”）→ 再导出：Word 里只有接受了的文字；撤销一次全部回去。
import { readFileSync } from 'node:fs'
import { strFromU8, unzipSync } from 'fflate'
import type { Page } from 'playwright-core'
import { beforeAll, describe, expect, it } from 'vitest'
import { cleanText } from '../../core/export/clean-text'
import { importNotice } from '../../core/import/index'
import type { Item, Notice } from '../../core/model/notice'
import { RichText } from '../../core/model/rich-text'
import { seedText } from '../support/seeds'
import {
  COMMENT_TEXT,
  COMMENTER,
  type EditPlan,
  INSERTED,
  NEW_ITEM_TEXT,
  planEdits,
  REWORD,
  writeReviewed,
} from '../review/support/review-edits'
import { useApp } from './support/app'
import { axeViolations } from './support/axe'
import { screenshot } from './support/user'

let page: Page
const SEED = '001_a2fdee0aed3fff2e.txt'
let notice: Notice
let plan: EditPlan

useApp({}, (p) => (page = p))

beforeAll(async () => {
  notice = (await importNotice({ name: SEED, bytes: new TextEncoder().encode(seedText(SEED)) })).notice
  plan = planEdits(notice)
})

const find = (id: string): Item => {
  const walk = (items: Item[]): Item | undefined => items.map((i) => (i.id === id ? i : walk(i.children))).find(Boolean)
  return (walk(notice.organization.items) ?? walk(notice.rectification.items) ?? walk(notice.nextSteps.items))!
}
const bodyText = (id: string, index: number) => cleanText(RichText.text([find(id).body[index]!]))
const paperText = () => page.getByRole('article', { name: '通报正文' }).innerText()

/** 导出 Word（有错误时确认“仍要导出”），返回下载的 .docx 与其中正文的纯文字。 */
async function exportWord(): Promise<{ bytes: Uint8Array; text: string }> {
  await page.getByRole('button', { name: '导出 Word' }).click()
  const dialog = page.getByRole('dialog', { name: '导出 Word 文档' })
  await dialog.getByRole('button', { name: '导出', exact: true }).click()
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    (async () => {
      const again = dialog.getByRole('button', { name: '仍要导出' })
      await again.waitFor({ timeout: 5_000 }).then(
        () => again.click(),
        () => undefined,
      )
    })(),
  ])
  const bytes = new Uint8Array(readFileSync((await download.path())!))
  await dialog.getByRole('button', { name: '完成' }).click()
  return {
    bytes,
    text: strFromU8(unzipSync(bytes)['word/document.xml']!)
      .replace(/<\/w:p>/g, '\n')
      .replace(/<[^>]+>/g, ''),
  }
}

describe('导入审阅稿', () => {
  let reviewed: Uint8Array

  it('导入样例并导出送审稿；审阅人在稿上留修订（改写、删句、加字、加一条、删一条、移动一条）和一条批注', async () => {
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      page.getByRole('button', { name: '导入 Word / 文本 / 网页…' }).click(),
    ])
    await chooser.setFiles({ name: 'seed.txt', mimeType: 'text/plain', buffer: Buffer.from(seedText(SEED), 'utf8') })
    await expect.poll(paperText, { timeout: 30_000 }).toContain(bodyText(plan.reword.itemId, plan.reword.index).slice(0, 20))
    const exported = await exportWord()
    reviewed = writeReviewed(exported.bytes, notice, plan, 'tracked')
  })

  it('看到按条目列出的每处改动与修订人，拒绝改写、其余接受，合并', async () => {
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: '导入审阅稿' }).click()])
    await chooser.setFiles({
      name: '送审稿-审阅.docx',
      mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      buffer: Buffer.from(reviewed),
    })
    const dialog = page.getByRole('dialog', { name: '导入审阅稿：送审稿-审阅.docx' })
    await expect.poll(() => dialog.innerText(), { timeout: 20_000 }).toMatch(/共 6 处改动、1 条批注/)
    const text = await dialog.innerText()
    for (const kind of ['改写', '新增条目', '删除条目', '移动条目']) expect(text).toContain(kind)
    expect(text).toContain('修订人：办公室主任')
    expect(text).toContain(`${COMMENTER}：${COMMENT_TEXT}`)
    await screenshot(page, '60-review-changes')
    expect(await axeViolations(page)).toEqual([])
    const reword = dialog.locator('li.review-change').filter({ has: page.locator('ins', { hasText: REWORD }) })
    await reword.getByRole('button', { name: '拒绝' }).click()
    await expect.poll(() => dialog.innerText()).toMatch(/已接受 5 处/)
    await reword.scrollIntoViewIfNeeded()
    await screenshot(page, '61-review-reject-one')
    await dialog.getByRole('button', { name: '合并所选改动（5 处）' }).click()
    await expect.poll(() => dialog.count()).toBe(0)
    await expect.poll(paperText).toContain(NEW_ITEM_TEXT)
    // 批注列在“检查”里，带作者，点击跳到它所在的条目。
    const check = page.getByRole('region', { name: '检查' })
    await expect.poll(() => check.innerText()).toContain(`批注（${COMMENTER}）：${COMMENT_TEXT}`)
    const comment = check.getByRole('button', { name: `批注（${COMMENTER}）：${COMMENT_TEXT}` })
    await comment.scrollIntoViewIfNeeded()
    await comment.click()
    await screenshot(page, '62-review-merged-check')
  })

  it('合并是一步：撤销一次，改动全部回去', async () => {
    await page.getByRole('button', { name: '撤销' }).click()
    await expect.poll(paperText).not.toContain(NEW_ITEM_TEXT)
    expect(await paperText()).not.toContain(INSERTED)
    await page.getByRole('button', { name: '重做' }).click()
    await expect.poll(paperText).toContain(NEW_ITEM_TEXT)
  })

  it('再导出：Word 里只有接受了的文字（拒绝的改写保持原文）', async () => {
    const { text } = await exportWord()
    const original = bodyText(plan.reword.itemId, plan.reword.index)
    expect(text).toContain(original)
    const rewordedAt = original.slice(0, plan.reword.at) + REWORD
    expect(text).not.toContain(rewordedAt)
    const d = bodyText(plan.deleteSentence.itemId, plan.deleteSentence.index)
    expect(text).toContain(d.slice(0, plan.deleteSentence.at) + d.slice(plan.deleteSentence.at + plan.deleteSentence.del))
    expect(text).not.toContain(d)
    const z = bodyText(plan.insertText.itemId, 0)
    expect(text).toContain(z.slice(0, plan.insertText.at) + INSERTED + z.slice(plan.insertText.at))
    expect(text).toContain(NEW_ITEM_TEXT)
    expect(text).not.toContain(cleanText(RichText.text(find(plan.deleteItem).body)) || find(plan.deleteItem).title)
    // 移动的那一条排在目标条目之后。
    expect(text.indexOf(z.slice(0, 30))).toBeGreaterThan(
      text.indexOf(cleanText(find(plan.move.afterId).title || RichText.text(find(plan.move.afterId).body)).slice(0, 20)),
    )
  })
})
