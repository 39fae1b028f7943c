// 每个测试文件的起点：全新的 Chromium（空白用户目录）和一页，指向 global-setup 启动的共用服务器。
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, inject } from 'vitest'
import { launchBrowser } from './browser'
import './global-setup'

export interface App {
  /** 浏览器宿主的地址 */
  url: string
  page: Page
  close(): Promise<void>
}

export async function openApp(): Promise<App> {
  const browser = await launchBrowser()
  const page = await browser.context.newPage()
  return { url: inject('webUrl'), page, close: () => browser.close() }
}

export interface StartOptions {
  /** 打开后新建一份巡视或巡察整改通报（不给时停在开始页） */
  newNotice?: '巡视' | '巡察'
  /** 允许页面读写系统剪贴板（粘贴的测试） */
  clipboard?: boolean
  /** 窗口大小（打开开始页之前设好） */
  viewport?: { width: number; height: number }
  /** 记下页面弹出的每个对话框的种类（beforeunload、prompt……），供测试核对 */
  dialogs?: string[]
}

/**
 * 测试文件的标准起点：beforeAll 打开应用到开始页（页面上的确认框一律接受；按 options 新建通报、开放剪贴板），
 * afterAll 关掉浏览器。onPage 在打开后收到页面（测试文件存进自己的 page 变量）；返回的对象在 beforeAll 之后可读 url、page。
 */
export function useApp(options: StartOptions = {}, onPage?: (page: Page) => void): Pick<App, 'url' | 'page'> {
  let app: App | undefined
  beforeAll(async () => {
    app = await openApp()
    const { page } = app
    if (options.clipboard) await page.context().grantPermissions(['clipboard-read', 'clipboard-write'])
    if (options.viewport) await page.setViewportSize(options.viewport)
    page.on('dialog', (d) => {
      options.dialogs?.push(d.type())
      void d.accept()
    })
    await page.goto(app.url)
    if (options.newNotice) await page.getByRole('button', { name: `新建${options.newNotice}整改通报` }).click()
    onPage?.(page)
  })
  afterAll(async () => {
    await app?.close()
  })
  return {
    get url() {
      return app!.url
    },
    get page() {
      return app!.page
    },
  }
}
