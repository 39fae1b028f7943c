// 版本与送审稿，像用户一样：打开工程、保存为版本、修改、比较（显示改动个数）、导出带修订的送审稿、恢复并撤销；
// 版本随工程文件保存。
import { readFileSync } from 'node:fs'
import { strFromU8, unzipSync } from 'fflate'
import type { Page } from 'playwright-core'
import { beforeAll, describe, expect, it } from 'vitest'
import { readReviewIds } from '../../core/export/docx/review-docx'
import { readProject, serializeProject } from '../../core/project/project-file'
import { versionById } from '../../core/project/versions'
import { sampleNotice } from '../support/sample-notice'
import { useApp } from './support/app'
import { axeViolations } from './support/axe'
import { openProjectFile, screenshot } from './support/user'

let page: Page
const original = sampleNotice()
const ADDED = '并建立季度回头看机制'

useApp({ viewport: { width: 1280, height: 860 } }, (p) => (page = p))

beforeAll(async () => {
  await openProjectFile(page, '青山县委巡视整改通报.tongbao', serializeProject(original))
})

const paperText = () => page.getByRole('article', { name: '通报正文' }).innerText()
const dialog = () => page.getByRole('dialog', { name: '版本' })

describe('版本', () => {
  it('保存为版本“送审稿1”，列在版本里', async () => {
    await page.getByRole('button', { name: '版本', exact: true }).click()
    await dialog().getByLabel('版本名称').fill('送审稿1')
    await dialog().getByRole('button', { name: '保存为版本' }).click()
    await expect.poll(() => dialog().getByRole('table', { name: '保存的版本' }).innerText()).toContain('送审稿1')
    const violations = await axeViolations(page)
    await dialog().getByRole('button', { name: '关闭' }).click()
    expect(violations).toEqual([])
  })

  it('修改正文后与“送审稿1”比较：显示改动的个数和改了的字', async () => {
    const body = page.locator('.item.role-measure .item-body, .item.role-measure').first()
    await body.click()
    await page.keyboard.press('End')
    await page.keyboard.type(ADDED)
    await expect.poll(paperText).toContain(ADDED)
    await page.getByRole('button', { name: '版本', exact: true }).click()
    await dialog().getByRole('button', { name: '与当前比较（送审稿1）' }).click()
    const summary = dialog().getByRole('status').filter({ hasText: '改写' })
    await expect.poll(() => summary.innerText()).toContain('改写 1 处，新增 0 处，删除 0 处，移动 0 处')
    expect(await dialog().locator('.compare-para ins').allInnerTexts()).toEqual([ADDED])
    await screenshot(page, 'versions-01-compare')
  })

  it('导出送审稿：Word 里的修订正是加的字，属性指向工程与两个版本；当前内容自动存为版本', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      dialog().getByRole('button', { name: '导出送审稿（对照 送审稿1）' }).click(),
    ])
    const bytes = new Uint8Array(readFileSync((await download.path())!))
    const xml = strFromU8(unzipSync(bytes)['word/document.xml']!)
    expect([...xml.matchAll(/<w:ins [^>]*>(.*?)<\/w:ins>/g)].map((m) => m[1]!.replace(/<[^>]+>/g, ''))).toEqual([ADDED])
    expect(xml).not.toContain('<w:del ')
    expect(download.suggestedFilename()).toMatch(/送审稿，对照送审稿1/)
    await expect.poll(() => dialog().getByRole('table', { name: '保存的版本' }).innerText()).toContain('送审稿2')
    await screenshot(page, 'versions-02-exported')
    const ids = readReviewIds(bytes)!
    // 保存工程：版本一起写进文件，送审稿里的 id 都能在工程里找到。
    await dialog().getByRole('button', { name: '关闭' }).click()
    const [saved] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Control+s')])
    const project = readProject(readFileSync((await saved.path())!))
    expect(project.project.documentId).toBe(ids.documentId)
    expect(versionById(project.project, ids.baseVersionId)!.notice).toEqual(original)
    expect(versionById(project.project, ids.versionId)!.name).toBe('送审稿2')
    expect(project.notice).toEqual(versionById(project.project, ids.versionId)!.notice)
    // 送审稿给 LibreOffice 看的 PNG 由 review-docx 测试另行渲染；这里把文件留给人看。
  })

  it('只读查看一个版本；恢复为“送审稿1”，加的字没了；撤销一次又回来', async () => {
    await page.getByRole('button', { name: '版本', exact: true }).click()
    await dialog().getByRole('button', { name: '查看 送审稿1' }).click()
    const read = dialog().getByRole('region', { name: '版本“送审稿1”（只读）' })
    expect(await read.innerText()).not.toContain(ADDED)
    await dialog().getByRole('button', { name: '恢复为 送审稿1' }).click()
    await expect.poll(paperText).not.toContain(ADDED)
    await dialog().getByRole('button', { name: '关闭' }).click()
    await page.getByRole('button', { name: '撤销' }).click()
    await expect.poll(paperText).toContain(ADDED)
    await screenshot(page, 'versions-03-undo-restore')
  })
})
