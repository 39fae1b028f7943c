// 自动保存（issue #15）：Worker 只收到改动、交回字节，浏览器宿主把字节存进 IndexedDB。连着两次自动保存（第二次只发补丁）
// 之后刷新，恢复出的是最后的内容；早先版本存成文本的恢复副本照样能恢复。
import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { serializeProject } from '../../core/project/project-file'
import { sampleNotice } from '../support/sample-notice'
import { useApp } from './support/app'
import { screenshot } from './support/user'

let page: Page
useApp({ newNotice: '巡视' }, (p) => (page = p))

const rectification = () => page.getByRole('textbox', { name: '逐条整改（正文编辑区）' })
const autosaved = () => expect.poll(() => page.getByRole('status').filter({ hasText: '已自动保存' }).count(), { timeout: 20_000 }).toBe(1)

describe('自动保存与恢复', () => {
  it('打字、自动保存、再打字、再自动保存（只发改动），刷新后恢复出最后的内容', async () => {
    await page.getByLabel('发文机关全称').fill('中共白沙县委')
    await rectification().click()
    await page.keyboard.type('白沙县整改第一段')
    await autosaved()
    await page.keyboard.type('，又补充了一句')
    await autosaved()
    await page.reload()
    const restore = page.getByRole('button', { name: /^恢复：中共白沙县委/ })
    await expect.poll(() => restore.count()).toBe(1)
    await screenshot(page, 'autosave-recovery-offer')
    await restore.click()
    await expect.poll(() => rectification().innerText()).toContain('白沙县整改第一段，又补充了一句')
    await screenshot(page, 'autosave-recovery-restored')
  })

  it('不等自动保存就刷新：页面关闭前同步写的副本也能恢复', async () => {
    await rectification().click()
    await page.keyboard.press('End')
    await page.keyboard.type('，刷新前最后几个字')
    await page.reload()
    const restore = page.getByRole('button', { name: /^恢复：中共白沙县委/ })
    await expect.poll(() => restore.count()).toBe(1)
    await restore.click()
    await expect.poll(() => rectification().innerText()).toContain('又补充了一句，刷新前最后几个字')
  })

  it('早先版本存成文本的恢复副本：开始页列出，恢复出其内容', async () => {
    const n = sampleNotice()
    n.title.override = '旧版自动保存的通报'
    const text = serializeProject(n)
    await page.evaluate(
      (record) =>
        new Promise<void>((resolve, reject) => {
          const req = indexedDB.open('tongbao', 1)
          req.onerror = () => reject(new Error(String(req.error)))
          req.onsuccess = () => {
            const tx = req.result.transaction('recovery', 'readwrite')
            tx.objectStore('recovery').put(record)
            tx.oncomplete = () => {
              req.result.close()
              resolve()
            }
            tx.onerror = () => reject(new Error(String(tx.error)))
          }
        }),
      { id: 'old-text-record', documentPath: null, title: '旧版自动保存的通报', savedAt: '2026-01-02T03:04:05.000Z', text },
    )
    await page.reload()
    const restore = page.getByRole('button', { name: '恢复：旧版自动保存的通报' })
    await expect.poll(() => restore.count()).toBe(1)
    await restore.click()
    await expect.poll(() => rectification().innerText()).toContain('围绕产业发展开展蹲点调研')
    expect(await page.getByRole('article', { name: '通报正文' }).locator('h1').innerText()).toContain('旧版自动保存的通报')
  })
})
