// 端到端测试里“像用户一样”的小动作：读检查数、读大纲、截图。
import { mkdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import type { Page } from 'playwright-core'

export const SCREENSHOT_DIR = resolve(import.meta.dirname, '../../artifacts/screenshots')

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true })
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`) })
}

/** 状态栏“检查 N”按钮上的数字。 */
export async function checkCount(page: Page): Promise<number> {
  const label = await page.getByRole('button', { name: /^检查：\d+ 个问题$/ }).getAttribute('aria-label')
  return Number(/(\d+)/.exec(label ?? '')?.[1] ?? NaN)
}

/** 大纲里的条目文字（带推导编号），按显示顺序。 */
export async function outlineItems(page: Page, section: string): Promise<string[]> {
  const list = page.getByRole('navigation', { name: '大纲' }).getByRole('region', { name: `大纲：${section}` }).locator('.outline-text')
  return list.allInnerTexts()
}

/** 等到条件成立（界面的同步和校验有几百毫秒的防抖）。 */
export async function eventually<T>(read: () => Promise<T>, ok: (v: T) => boolean, timeoutMs = 10_000): Promise<T> {
  const end = Date.now() + timeoutMs
  let v = await read()
  while (!ok(v) && Date.now() < end) {
    await new Promise((r) => setTimeout(r, 100))
    v = await read()
  }
  return v
}
