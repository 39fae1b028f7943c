// 10 MB 的粘贴：给出中文说明，不粘贴、不卡死，已写的内容不受影响。
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { type App, openApp } from './support/app'

let app: App
let page: Page

beforeAll(async () => {
  app = await openApp()
  page = app.page
})

afterAll(async () => {
  await app?.close()
})

describe('粘贴过大的内容', () => {
  it('10 MB 文字：弹出中文说明，编辑器内容不变，随后仍可输入', async () => {
    await page.goto(app.url)
    await page.getByRole('button', { name: '新建巡察整改通报' }).click()
    const editor = page.getByRole('textbox', { name: '组织情况（正文编辑区）' })
    const before = await editor.innerText()
    // alert 会阻塞页面脚本，须在处理器里当场关掉，evaluate 才能返回
    const messages: string[] = []
    page.on('dialog', (d) => {
      messages.push(d.message())
      void d.accept()
    })
    await editor.evaluate((el) => {
      const line = '一是加强组织领导，成立整改工作领导小组，定期研究部署整改工作。\n'
      const data = new DataTransfer()
      data.setData('text/plain', line.repeat(Math.ceil((10 * 1024 * 1024) / (line.length * 3))))
      el.dispatchEvent(new InputEvent('beforeinput', { inputType: 'insertFromPaste', dataTransfer: data, bubbles: true, cancelable: true }))
    })
    expect(messages).toHaveLength(1)
    expect(messages[0]).toMatch(/粘贴的内容过大（约 \d+ 万字）/)
    expect(messages[0]).toContain('导入')
    expect(await editor.innerText()).toBe(before)
    await editor.click()
    await page.keyboard.press('End')
    await page.keyboard.type('补充一句。')
    await expect.poll(() => editor.innerText()).toContain('补充一句。')
  })
})
