// 把整篇网页通报粘贴进正文（#10）：应用提议“作为通报导入”；导入的结构与“导入”同一份内容相同；
// “只粘贴正文”不留导航、发布日期、分享这类行；两段正文的粘贴照常粘贴，不弹提议。
// 剪贴板 HTML 是真的：在 Chromium 里把样例当作网页打开、全选、复制，再在编辑器里 Ctrl+V（不是手写的 HTML）。
import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { seedNames, seedText } from '../support/seeds'
import { useApp } from './support/app'
import { outlineItems, screenshot } from './support/user'

let page: Page
const SEEDS = ['001', '002'].map((p) => seedNames().find((s) => s.startsWith(p))!)
const SECTIONS = ['组织情况', '逐条整改', '下一步打算']
/** 与实现无关地认出用户说的那几种网页行：导航路径、发布日期/时间与来源、分享。 */
const PAGE_LINE = /位置[:：]|>>|^\s*>|发布日期|^时间[:：]\s*\d{4}|来源[:：]|分享/

const app = useApp({ clipboard: true }, (p) => (page = p))

const paper = () => page.getByRole('article', { name: '通报正文' })
const offer = () => page.getByRole('dialog', { name: '粘贴的内容像一整篇通报' })
const orgEditor = () => page.getByRole('textbox', { name: '组织情况（正文编辑区）' })

async function newNotice(): Promise<void> {
  await page.goto(app.url)
  await page.getByRole('button', { name: '新建巡视整改通报' }).click()
  await orgEditor().waitFor()
}

/** 用户看到的结构：标题（纸面第一行）与三个部分的大纲。 */
async function structure(): Promise<{ title: string; outline: string[][] }> {
  const title =
    (await paper().innerText())
      .split('\n')
      .find((l) => /通报$/.test(l.trim()))
      ?.trim() ?? ''
  return { title, outline: await Promise.all(SECTIONS.map((s) => outlineItems(page, s))) }
}

/** 像用户一样导入样例文件，记下结构。 */
async function importedStructure(seed: string): Promise<{ title: string; outline: string[][] }> {
  await page.goto(app.url)
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByRole('button', { name: '导入 Word / 文本 / 网页…' }).click(),
  ])
  await chooser.setFiles({ name: seed, mimeType: 'text/plain', buffer: Buffer.from(seedText(seed), 'utf8') })
  await expect.poll(async () => (await structure()).outline[1]!.length, { timeout: 30_000 }).toBeGreaterThan(3)
  return structure()
}

/** 纯文字粘贴（剪贴板上只有 text/plain），与 Chromium 粘贴时的事件相同。 */
async function pasteText(text: string): Promise<void> {
  await orgEditor().click()
  await orgEditor().evaluate((el, t) => {
    const data = new DataTransfer()
    data.setData('text/plain', t)
    el.dispatchEvent(new InputEvent('beforeinput', { inputType: 'insertFromPaste', dataTransfer: data, bubbles: true, cancelable: true }))
  }, text)
}

/** 真的剪贴板：在另一页把样例作为网页打开，全选、复制；回到编辑器粘贴。 */
async function pasteCopiedPage(seed: string): Promise<void> {
  const source = await page.context().newPage()
  await source.route('http://seed.example/**', (r) => r.fulfill({ body: seedText(seed), contentType: 'text/plain; charset=utf-8' }))
  await source.goto(`http://seed.example/${seed}`)
  await source.keyboard.press('Control+A')
  await source.keyboard.press('Control+C')
  await source.close()
  await page.bringToFront()
  // 剪贴板上确有 Chromium 复制时放上的 HTML（编辑器先读它）
  expect(await page.evaluate(async () => (await navigator.clipboard.read())[0]!.types)).toContain('text/html')
  await orgEditor().click()
  await page.keyboard.press('Control+V')
}

describe.each(SEEDS)('粘贴整篇样例 %s', (seed) => {
  let expected: { title: string; outline: string[][] }

  it('先像用户一样“导入”这份样例，记下它的结构', async () => {
    expected = await importedStructure(seed)
    expect(expected.title).toMatch(/通报$/)
  })

  for (const how of ['文字', '网页复制的 HTML'] as const) {
    const paste = () => (how === '文字' ? pasteText(seedText(seed)) : pasteCopiedPage(seed))

    it(`${how}：提议作为通报导入；替换当前文档后的结构与“导入”相同`, async () => {
      await newNotice()
      await paste()
      await offer().waitFor()
      expect(await offer().innerText()).toMatch(/标题.*导语/)
      await screenshot(page, `10-paste-offer-${seed.slice(0, 3)}-${how === '文字' ? 'text' : 'html'}`)
      await offer().getByRole('button', { name: '作为通报导入（替换当前文档）' }).click()
      await expect.poll(() => structure(), { timeout: 30_000 }).toEqual(expected)
      expect(await offer().count()).toBe(0)
      // 替换是一个用户动作：撤销一次回到粘贴前的空白通报
      await page.getByRole('button', { name: '撤销' }).click()
      await expect.poll(async () => (await structure()).outline[1]).toEqual([])
    })

    it(`${how}：只粘贴正文，导航、发布日期、分享等行不进正文`, async () => {
      await newNotice()
      await paste()
      await offer().getByRole('button', { name: '只粘贴正文' }).click()
      // 逐段取编辑区的文字（不用 innerText：屏幕外的块不绘制，innerText 里没有它们）
      const paragraphs = () =>
        orgEditor().evaluate((root) =>
          Array.from(root.querySelectorAll('[data-slate-node="element"]'), (el) =>
            Array.from(el.querySelectorAll('[data-slate-string]'), (s) => s.textContent).join(''),
          ),
        )
      await expect.poll(async () => (await paragraphs()).join('').length).toBeGreaterThan(2000)
      const lines = (await paragraphs()).map((l) => l.trim()).filter(Boolean)
      expect(lines.filter((l) => PAGE_LINE.test(l) && l.length < 80)).toEqual([])
      // 正文的第一句话和联系方式都在
      expect(lines.some((l) => /^欢迎广大干部群众/.test(l))).toBe(true)
    })
  }
})

describe('短的粘贴', () => {
  it('两段正文：照常粘贴，不提议导入', async () => {
    await newNotice()
    await pasteText(
      '根据省委统一部署，省委第五巡视组对青山县进行了巡视。\n欢迎广大干部群众对巡视整改落实情况进行监督。联系电话：0571-86012345。',
    )
    await expect.poll(() => orgEditor().innerText()).toContain('联系电话：0571-86012345。')
    expect(await offer().count()).toBe(0)
  })
})
