// 端到端测试里“像用户一样”的小动作：读检查数、读大纲、截图。
import { mkdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import type { Download, Locator, Page } from 'playwright-core'

export const SCREENSHOT_DIR = resolve(import.meta.dirname, '../../artifacts/screenshots')

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true })
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`) })
}

/** 状态栏“检查”按钮上的错误、警告、提示数（按钮上写着“检查 错误 3 警告 2 提示 1”）。 */
export async function checkTally(page: Page): Promise<{ error: number; warning: number; info: number }> {
  const text = (await page.getByRole('button', { name: /^检查 / }).innerText()).replace(/\s+/g, ' ')
  const n = (word: string) => Number(new RegExp(`${word} (\\d+)`).exec(text)?.[1] ?? NaN)
  return { error: n('错误'), warning: n('警告'), info: n('提示') }
}

/** 要处理的问题数：错误与警告（提示不算）。 */
export async function checkCount(page: Page): Promise<number> {
  const t = await checkTally(page)
  return t.error + t.warning
}

/**
 * 大纲一行里的控件（状态下拉框、上移、下移）：平时隐去，用户指向这一行才出现。先指向含这个控件的那一行，再返回控件。
 */
export async function outlineControl(page: Page, role: 'button' | 'combobox', name: string | RegExp): Promise<Locator> {
  const row = page
    .getByRole('navigation', { name: '大纲' })
    .locator('li.outline-entry')
    .filter({ has: page.getByRole(role, { name, includeHidden: true }) })
    .first()
  await row.hover()
  return row.getByRole(role, { name })
}

/** 大纲里的条目文字（带推导编号），按显示顺序。 */
export async function outlineItems(page: Page, section: string): Promise<string[]> {
  const list = page
    .getByRole('navigation', { name: '大纲' })
    .getByRole('region', { name: `大纲：${section}` })
    .locator('.outline-text')
  // 文字内容而非排版后的 innerText：大纲在后台绘制、长列表按块 content-visibility，刚画出的块可能还没排版。
  return list.allTextContents()
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

/**
 * 保存工程文件（浏览器宿主）：Ctrl+S。第一次保存时应用自己的“保存整改通报”对话框给出由标题推导的文件名，
 * 确认它（给了 name 时先改成 name）；已保存过的文档不问。返回下载。
 */
export async function saveWithCtrlS(page: Page, name?: string): Promise<Download> {
  const downloaded = page.waitForEvent('download')
  await page.keyboard.press('Control+s')
  const dialog = page.getByRole('dialog', { name: /^(保存整改通报|另存为)$/ })
  await Promise.race([dialog.waitFor().catch(() => undefined), downloaded])
  if (await dialog.isVisible()) {
    if (name !== undefined) await dialog.getByLabel('文件名').fill(name)
    await dialog.getByRole('button', { name: '保存', exact: true }).click()
  }
  return downloaded
}

/**
 * 在空的逐条整改里用键盘写出一串条目：从“＋ 添加第一个方面”起，每一条回车另起，titles 之后的每一条
 * 比前一条低一级（按 Tab），即方面 → 问题 → 措施……
 */
export async function typeItemChain(page: Page, titles: string[]): Promise<void> {
  await page.getByRole('button', { name: '＋ 添加第一个方面' }).click()
  for (const [i, title] of titles.entries()) {
    if (i > 0) {
      await page.keyboard.press('Enter')
      await page.keyboard.press('Tab')
    }
    await page.keyboard.type(title)
  }
}

/** 逐条整改的正文编辑区。 */
export const rectificationEditor = (page: Page) => page.getByRole('textbox', { name: '逐条整改（正文编辑区）' })

/** 在开始页新建一份巡视整改通报，等到编辑区出现。 */
export async function newXunshiNotice(page: Page): Promise<void> {
  await page.getByRole('button', { name: '新建巡视整改通报' }).click()
  await rectificationEditor(page).waitFor()
}

/** 像用户一样用“打开…”打开一个工程文件，等到逐条整改的条目出现。 */
export async function openProjectFile(page: Page, name: string, json: string): Promise<void> {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: '打开…' }).click()])
  await chooser.setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(json, 'utf8') })
  await page.locator('.section-editor[data-section="rectification"] .item').first().waitFor()
}

/** 像用户一样用“导入 Word / 文本 / 网页…”导入一份文本（如样例），等到逐条整改的条目出现。 */
export async function importTextFile(page: Page, name: string, text: string): Promise<void> {
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByRole('button', { name: '导入 Word / 文本 / 网页…' }).click(),
  ])
  await chooser.setFiles({ name, mimeType: 'text/plain', buffer: Buffer.from(text, 'utf8') })
  await page.locator('.section-editor[data-section="rectification"] .item').first().waitFor()
}

/**
 * 在编辑区里复制时写进剪贴板的内容：派发一个带自己 DataTransfer 的 copy 事件，读编辑器写进去的
 * （不经系统剪贴板：无头浏览器里读剪贴板时有时读空）。Slate 在 selectionchange（节流）之后才知道选区，调用方要轮询。
 */
export function copiedFrom(editor: Locator): Promise<{ plain: string; html: string }> {
  return editor.evaluate((root) => {
    const data = new DataTransfer()
    root.dispatchEvent(new ClipboardEvent('copy', { clipboardData: data, bubbles: true, cancelable: true }))
    return { plain: data.getData('text/plain'), html: data.getData('text/html') }
  })
}

/** 编辑区最后一段的文字（Slate 的文字节点，不含序号等装饰）。 */
export function lastBlockText(editor: Locator): Promise<string> {
  return editor.evaluate((root) => {
    const blocks = root.querySelectorAll('[data-slate-node="element"]')
    return Array.from(blocks[blocks.length - 1]!.querySelectorAll('[data-slate-string]'), (n) => n.textContent).join('')
  })
}
