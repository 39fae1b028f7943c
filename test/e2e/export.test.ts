// 导出与检查相接：有错误时先问一句（可返回检查，也可仍要导出）；红头与版记的选项写进 Word 文档。
import { readFileSync } from 'node:fs'
import { strFromU8, unzipSync } from 'fflate'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type App, openApp } from './support/app'
import { checkCount, eventually } from './support/user'
import { axeViolations } from './support/axe'

let app: App
let page: Page

beforeAll(async () => {
  app = await openApp()
  page = app.page
  await page.goto(app.url)
  await page.getByRole('button', { name: '新建巡察整改通报' }).click()
})

afterAll(async () => {
  await app?.close()
})

const exportDialog = () => page.getByRole('dialog', { name: '导出 Word 文档' })

/** 下载的 .docx 中 document.xml 的纯文字。 */
async function downloadedText(click: () => Promise<void>): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()])
  const files = unzipSync(new Uint8Array(readFileSync((await download.path())!)))
  return strFromU8(files['word/document.xml']!).replace(/<[^>]+>/g, '')
}

describe('有错误的通报导出前先问一句', () => {
  it('刚新建的通报（缺发文机关、日期等）导出时提示错误数，可返回检查', async () => {
    const errors = await eventually(
      () => checkCount(page),
      (n) => n > 0,
    )
    expect(errors).toBeGreaterThan(0)
    await page.getByRole('button', { name: '导出 Word' }).click()
    await exportDialog().getByRole('button', { name: '导出', exact: true }).click()
    const question = exportDialog().getByRole('alertdialog', { name: '确认导出' })
    await expect.poll(() => question.innerText()).toMatch(/有 \d+ 个错误尚未处理，仍要导出吗？/)
    expect(await axeViolations(page)).toEqual([])
    await question.getByRole('button', { name: '返回检查' }).click()
    await expect.poll(() => exportDialog().count()).toBe(0)
    expect(await page.getByRole('tab', { name: /检查/ }).getAttribute('aria-selected')).toBe('true')
    expect(await page.getByRole('region', { name: '检查' }).getByRole('listitem').count()).toBeGreaterThan(0)
  })

  it('确认“仍要导出”后照样得到文件', async () => {
    await page.getByRole('button', { name: '导出 Word' }).click()
    await exportDialog().getByRole('button', { name: '导出', exact: true }).click()
    const question = exportDialog().getByRole('alertdialog', { name: '确认导出' })
    const text = await downloadedText(() => question.getByRole('button', { name: '仍要导出' }).click())
    expect(text).toContain('巡察整改进展情况的通报')
    await expect.poll(() => exportDialog().getByRole('status').innerText()).toContain('已导出')
    await exportDialog().getByRole('button', { name: '完成' }).click()
  })
})

describe('Word 导出的红头与版记', () => {
  it('红头默认用发文机关全称；填写的发文字号、抄送、印发机关进入文档，公开版不带版记', async () => {
    await page.getByRole('tab', { name: '信息' }).click()
    await page.getByLabel('发文机关全称').fill('中共青山县委')
    await page.getByLabel('发文机关简称').fill('青山县委')
    await page.getByRole('button', { name: '导出 Word' }).click()
    const dialog = exportDialog()

    // 不勾选时（对外公开版）：没有红头和版记的输入，文档里也没有“印发”
    expect(await dialog.getByLabel('发文字号', { exact: true }).count()).toBe(0)
    await dialog.getByRole('button', { name: '导出', exact: true }).click()
    const plain = await downloadedText(() => dialog.getByRole('button', { name: '仍要导出' }).click())
    expect(plain).not.toContain('印发')
    expect(plain).not.toContain('抄送')

    await dialog.getByLabel(/^加红头/).check()
    // 签发稿设置随通报保存：空着的字段按发文机关推导，推导值显示为占位文字（不存成副本）。
    expect(await dialog.getByLabel('发文机关标志', { exact: true }).getAttribute('placeholder')).toBe('中共青山县委')
    expect(await dialog.getByLabel('发文字号', { exact: true }).getAttribute('placeholder')).toMatch(/^青山县委〔/)
    await dialog.getByLabel('发文机关标志', { exact: true }).fill('中共青山县委文件')
    await dialog.getByLabel('发文字号', { exact: true }).fill('青委〔2024〕57号')
    await dialog.getByLabel(/^加版记/).check()
    expect(await dialog.getByLabel('印发机关', { exact: true }).getAttribute('placeholder')).toBe('中共青山县委办公室')
    await dialog.getByLabel('抄送', { exact: true }).fill('县纪委监委、县委组织部')
    await dialog.getByLabel('印发机关', { exact: true }).fill('青山县委办公室秘书科')
    await dialog.getByLabel('印发日期', { exact: true }).fill('2024-09-23')
    expect(await axeViolations(page)).toEqual([])
    await dialog.getByRole('button', { name: '导出', exact: true }).click()
    const text = await downloadedText(() => dialog.getByRole('button', { name: '仍要导出' }).click())
    for (const s of ['中共青山县委文件', '青委〔2024〕57号', '抄送：县纪委监委，县委组织部。', '青山县委办公室秘书科', '2024年9月23日印发'])
      expect(text).toContain(s)
  })
})
