// 每个测试文件的起点：全新的 Chromium（空白用户目录）和一页，指向 global-setup 启动的共用服务器。
import type { Page } from 'playwright-core'
import { inject } from 'vitest'
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
