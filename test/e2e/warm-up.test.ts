// issue #15：启动后空闲时的预热（导入 Worker 先导入一份小通报、纸面字体、在看不见的地方画一份小通报的纸面再拿掉）
// 不报错、不留下任何东西，之后新建通报一切照常。
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { useApp } from './support/app'

let page: Page
const app = useApp({}, (p) => (page = p))

describe('启动后的预热', () => {
  it('不报错、不留痕迹；预热过后新建的通报里只有它自己的三个编辑区', async () => {
    const errors: string[] = []
    page.on('pageerror', (e) => errors.push(e.message))
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()))
    await page.goto(app.url)
    // 等空闲回调都跑完（预热在 requestIdleCallback 里）
    await page.evaluate(() => new Promise<void>((done) => requestIdleCallback(() => requestIdleCallback(() => setTimeout(done, 200)))))
    await page.waitForTimeout(500)
    expect(errors).toEqual([])
    expect(await page.locator('body > :not(#root)').evaluateAll((els) => els.filter((e) => e.tagName !== 'SCRIPT').length)).toBe(0)
    expect(await page.locator('[data-slate-editor]').count()).toBe(0)
    await page.getByRole('button', { name: '新建巡视整改通报' }).click()
    await expect.poll(() => page.locator('[data-slate-editor]').count()).toBe(3)
    await page.getByRole('textbox', { name: '逐条整改（正文编辑区）' }).waitFor()
    expect(errors).toEqual([])
  })
})
