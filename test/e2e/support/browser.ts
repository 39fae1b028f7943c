// 用 playwright-core 启动 Debian 的 Chromium（无头，全新的用户目录），测试结束时清理。
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { type BrowserContext, chromium } from 'playwright-core'
import { RENDERER_JS_FLAGS } from '../../../electron/main/launch/renderer-js-flags'

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
/** Debian 的 Chromium 在这台机器上无头运行所需的参数（测试与基准共用），外加桌面程序给页面进程的 V8 参数。 */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  `--js-flags=${RENDERER_JS_FLAGS}`,
]

export interface Browser {
  context: BrowserContext
  close(): Promise<void>
}

export async function launchBrowser(options: { downloadsPath?: string } = {}): Promise<Browser> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'tongbao-chromium-'))
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    args: CHROMIUM_ARGS,
    headless: true,
    acceptDownloads: true,
    viewport: { width: 1440, height: 900 },
    locale: 'zh-CN',
    ...(options.downloadsPath ? { downloadsPath: options.downloadsPath } : {}),
  })
  return {
    context,
    async close() {
      await context.close()
      rmSync(userDataDir, { recursive: true, force: true })
    },
  }
}
