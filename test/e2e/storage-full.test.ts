// 浏览器存储已满（配额用尽）：自动保存失败写在状态栏，保存（下载）照常。单独一个文件：全新的浏览器，不受别的测试影响。
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { useApp } from './support/app'
import { screenshot, saveWithCtrlS, newXunshiNotice, rectificationEditor } from './support/user'

let page: Page

const app = useApp({}, (p) => (page = p))

const status = (p: Page) => p.getByRole('status')

describe('浏览器存储已满', () => {
  it('自动保存失败写在状态栏，不说“已自动保存”；保存（下载）照常', async () => {
    await page.goto(app.url)
    const cdp = await page.context().newCDPSession(page)
    await cdp.send('Storage.overrideQuotaForOrigin', { origin: new URL(app.url).origin, quotaSize: 1 })
    await newXunshiNotice(page)
    await rectificationEditor(page).click()
    await page.keyboard.type('存储已满时写的字')
    await expect.poll(() => status(page).innerText(), { timeout: 15_000 }).toMatch(/自动保存失败：浏览器的存储空间已满/)
    expect(await status(page).innerText()).not.toMatch(/已自动保存/)
    await screenshot(page, 'no-loss-storage-full')
    const download = await saveWithCtrlS(page)
    expect(download.suggestedFilename()).toMatch(/\.tongbao$/)
    await expect.poll(() => status(page).innerText()).toMatch(/^已保存 \d\d:\d\d$/)
    await cdp.send('Storage.overrideQuotaForOrigin', { origin: new URL(app.url).origin })
  })
})
