// OFD 导出（issue #20）：工具栏“导出 OFD”打开与 Word 相同的签发稿设置；下载的 .ofd 读得回来，红头与发文字号在首页，
// 改了发文字号再导出，文件随之改变。
import { mkdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readOfd, readLines } from '../support/ofd-reader'
import { type App, openApp } from './support/app'
import { axeViolations } from './support/axe'

let app: App
let page: Page
const shots = join(import.meta.dirname, '../artifacts/screenshots')

beforeAll(async () => {
  app = await openApp()
  page = app.page
  await page.goto(app.url)
  await page.getByRole('button', { name: '新建巡察整改通报' }).click()
  await page.getByRole('tab', { name: '信息' }).click()
  await page.getByLabel('发文机关全称').fill('中共青山县委')
  await page.getByLabel('发文机关简称').fill('青山县委')
})

afterAll(async () => {
  await app?.close()
})

const dialog = () => page.getByRole('dialog', { name: '导出 OFD 版式文档' })

async function download(): Promise<ReturnType<typeof readOfd>> {
  await dialog().getByRole('button', { name: '导出', exact: true }).click()
  const [file] = await Promise.all([page.waitForEvent('download'), dialog().getByRole('button', { name: '仍要导出' }).click()])
  expect(file.suggestedFilename()).toMatch(/\.ofd$/)
  return readOfd(new Uint8Array(readFileSync((await file.path())!)))
}

describe('导出 OFD', () => {
  it('红头与发文字号进入 OFD 首页；改发文字号后再导出，文件随之改变', async () => {
    await page.getByRole('button', { name: '导出 OFD' }).click()
    await dialog()
      .getByLabel(/^加红头/)
      .check()
    await dialog().getByLabel('发文字号', { exact: true }).fill('青委〔2024〕57号')
    await dialog()
      .getByLabel(/^加版记/)
      .check()
    mkdirSync(shots, { recursive: true })
    await page.screenshot({ path: join(shots, 'ofd-export-dialog.png') })
    expect(await axeViolations(page)).toEqual([])
    const first = await download()
    expect(first.problems).toEqual([])
    const lines = readLines(first.pages[0]!).map((l) => l.text)
    expect(lines.slice(0, 2)).toEqual(['中共青山县委', '青委〔2024〕57号'])
    expect(first.pages[0]!.runs[0]!.color).toBe('255 0 0')
    expect(
      readLines(first.pages.at(-1)!)
        .map((l) => l.text)
        .join('\n'),
    ).toMatch(/中共青山县委办公室\d{4}年\d+月\d+日印发/)
    expect(first.docInfo.Author).toBe('中共青山县委')

    await dialog().getByLabel('发文字号', { exact: true }).fill('青委〔2024〕58号')
    const second = await download()
    expect(readLines(second.pages[0]!).map((l) => l.text)[1]).toBe('青委〔2024〕58号')
    await dialog().getByRole('button', { name: '完成' }).click()
  })
})
