// 导入在 Web Worker 里进行：大文件导入时页面照常响应，“取消”即停，恶意文件给出中文说明。
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { noticeText } from '../../core/document/blocks'
import { HOSTILE_SHAPES } from '../support/hostile-inputs'
import { largeNotice } from '../support/large-notice'
import { seedsExpected, seedText } from '../support/seeds'
import { type App, openApp } from './support/app'
import { screenshot } from './support/user'

let app: App
let page: Page
/** 页面创建过的 Worker 的地址 */
const workers: string[] = []

beforeAll(async () => {
  app = await openApp()
  page = app.page
  page.on('worker', (w) => void workers.push(w.url()))
})

afterAll(async () => {
  await app?.close()
})

async function chooseFile(name: string, bytes: Uint8Array) {
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByRole('button', { name: '导入 Word / 文本 / 网页…' }).click(),
  ])
  await chooser.setFiles({ name, mimeType: 'application/octet-stream', buffer: Buffer.from(bytes) })
}

const progress = () => page.getByRole('status', { name: '导入进度' })
const isImportWorker = (url: string) => /import-worker/.test(url)

describe('在 Worker 里导入', () => {
  it('大文件导入时页面照常响应点击；“取消”即停，什么也不打开', async () => {
    await page.goto(app.url)
    // 约 400 万字的正常通报：即使 Worker 已在空闲时备好、预热过，导入仍要几秒，足够在进行中点击和取消。
    await chooseFile('很大的通报.txt', new TextEncoder().encode(noticeText(largeNotice(4_000_000))))
    await expect.poll(() => progress().isVisible()).toBe(true)
    await expect.poll(() => page.workers().some((w) => isImportWorker(w.url()))).toBe(true)
    // 正在导入的 Worker（应用空闲时备好的那一个，导入开始时取用；导入结束后才备下一个）
    const busy = page.workers().filter((w) => isImportWorker(w.url()))
    expect(busy).toHaveLength(1)
    const closed = new Promise<void>((resolve) => busy[0]!.once('close', () => resolve()))
    await screenshot(page, '20-import-in-progress')

    // 界面线程没有被导入占住：点击马上被处理，而导入仍在进行。（若在界面线程上导入，点击要等导入结束才送达。）
    await page.evaluate(() => {
      const w = window as unknown as { __clicks: number }
      w.__clicks = 0
      document.addEventListener('pointerdown', () => void w.__clicks++, { capture: true })
    })
    await page.mouse.click(8, 8)
    expect(await page.evaluate(() => (window as unknown as { __clicks: number }).__clicks)).toBe(1)
    expect(await progress().isVisible()).toBe(true)

    await progress().getByRole('button', { name: '取消' }).click()
    await expect.poll(() => progress().isVisible()).toBe(false)
    // 导入的 Worker 被结束（Chromium 报告它关闭可能稍晚，尤其在机器忙时）；之后空闲时备下的是新的一个。
    await closed
    await expect
      .poll(
        () =>
          page
            .workers()
            .filter((w) => isImportWorker(w.url()))
            .includes(busy[0]!),
        { timeout: 30_000 },
      )
      .toBe(false)
    expect(await page.getByRole('article', { name: '通报正文' }).count()).toBe(0)
    expect(await page.getByRole('alert').count()).toBe(0)
    expect(await page.getByRole('button', { name: '新建巡视整改通报' }).isVisible()).toBe(true)
  })

  it('导入完成：Worker 送回的通报打开在编辑界面', async () => {
    await page.goto(app.url)
    const before = workers.length
    const seed = '001_a2fdee0aed3fff2e.txt'
    await chooseFile('seed.txt', new TextEncoder().encode(seedText(seed)))
    const title = (seedsExpected().seeds[seed] as { title: string }).title
    await expect
      .poll(
        () =>
          page
            .getByRole('article', { name: '通报正文' })
            .innerText()
            .catch(() => ''),
        { timeout: 30_000 },
      )
      .toContain(title)
    expect(workers.slice(before).some(isImportWorker)).toBe(true)
    expect(await progress().count()).toBe(0)
  })

  it('恶意文件（百万层嵌套的网页）：中文说明写明上限与文件名，界面照常可用', async () => {
    await page.goto(app.url)
    const shape = HOSTILE_SHAPES.find((s) => s.guard === 'limit.nesting-too-deep' && s.id.startsWith('html'))!
    const input = shape.make(shape.n)
    await chooseFile(input.name, input.bytes)
    const alert = page.getByRole('alert')
    await expect.poll(() => alert.innerText().catch(() => ''), { timeout: 30_000 }).toContain(input.name)
    expect(await alert.innerText()).toMatch(/嵌套超过 \d+ 层/)
    await screenshot(page, '21-import-refused')
    await page.getByRole('button', { name: '新建巡视整改通报' }).click()
    await expect.poll(() => page.getByRole('article', { name: '通报正文' }).isVisible()).toBe(true)
  })
})
