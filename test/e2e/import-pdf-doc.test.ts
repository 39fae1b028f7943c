// 浏览器宿主里导入网站上的 PDF 和旧版 Word（.doc）：pdfjs 在页面里解析（不另起 worker，CSP 之下照样可用），
// .doc 由自己的 OLE2 读取器读出；用户看到的是结构化的通报。PDF 由 Chromium 打印 Tongbao 的网页导出，
// .doc 由 LibreOffice 转换 Word 导出，都在测试中生成。
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { exportDocx } from '../../core/export/docx/index'
import { exportHtmlPage } from '../../core/export/html/index'
import { importFromText } from '../../core/import/import-from-text'
import { imageOnlyPdf } from '../import/support/tiny-pdf'
import { requireTool, soffice } from '../support/office-fixtures'
import { seedsExpected, seedText } from '../support/seeds'
import { type App, openApp } from './support/app'
import { eventually, outlineItems, screenshot } from './support/user'

const SEED = '001_a2fdee0aed3fff2e.txt'
const work = mkdtempSync(join(tmpdir(), 'tongbao-e2e-pdf-'))
let app: App
let page: Page
let pdf: Buffer
let doc: Buffer

beforeAll(async () => {
  requireTool('soffice', ['--version'], 'libreoffice-writer-nogui')
  const notice = importFromText(seedText(SEED)).notice
  writeFileSync(join(work, 'notice.docx'), await exportDocx(notice))
  soffice([join(work, 'notice.docx')], 'doc', work, join(work, 'profile'))
  doc = readFileSync(join(work, 'notice.doc'))
  app = await openApp()
  page = app.page
  page.on('dialog', (d) => void d.accept())
  const printer = await page.context().newPage()
  await printer.setContent(exportHtmlPage(notice))
  pdf = await printer.pdf({ format: 'A4' })
  await printer.close()
}, 300_000)

afterAll(async () => {
  await app?.close()
  rmSync(work, { recursive: true, force: true })
})

async function chooseFile(name: string, mimeType: string, buffer: Buffer) {
  await page.goto(app.url)
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByRole('button', { name: '导入 Word / 文本 / 网页…' }).click(),
  ])
  expect(await chooser.element().getAttribute('accept')).toMatch(/\.pdf.*\.doc|\.doc.*\.pdf/)
  await chooser.setFiles({ name, mimeType, buffer })
}

const paperText = () => page.getByRole('article', { name: '通报正文' }).innerText()

describe('浏览器宿主导入 PDF 与 .doc', () => {
  it.each([
    ['上一轮通报.pdf', 'application/pdf', () => pdf, '12-imported-pdf'],
    ['上一轮通报.doc', 'application/msword', () => doc, '13-imported-doc'],
  ])('%s：标题与逐条整改都识别出来', async (name, mime, bytes, shot) => {
    await chooseFile(name, mime, bytes())
    await expect.poll(paperText, { timeout: 60_000 }).toContain((seedsExpected().seeds[SEED] as { title: string }).title)
    const items = await eventually(
      () => outlineItems(page, '逐条整改'),
      (l) => l.length > 3,
      20_000,
    )
    expect(items[0]).toMatch(/^[一（]/)
    await screenshot(page, shot)
  })

  it('扫描件 PDF：给出“没有文字层”的中文说明', async () => {
    await chooseFile('扫描件.pdf', 'application/pdf', Buffer.from(imageOnlyPdf()))
    await expect.poll(() => page.locator('body').innerText(), { timeout: 60_000 }).toMatch(/没有文字层/)
    await screenshot(page, '14-scanned-pdf')
  })
})
