// 从编辑区复制到别处（Word、微信、记事本）：剪贴板的纯文本每段一行，条目带推导的序号，与正文同段的条目接着它的正文；
// 页边的类别标签（“问题·未填”）、当前条目的下拉框等不可编辑的部分不在其中（renderer/editor/with-copy.ts）。
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { largestSeed, seedText } from '../support/seeds'
import { useApp } from './support/app'
import { copiedFrom, importTextFile } from './support/user'

let page: Page
const app = useApp({ viewport: { width: 1400, height: 900 } }, (p) => (page = p))

describe('复制到别处', () => {
  it('逐条整改从第一段正文选到末尾复制：每段一行、带序号，没有页边的标签和控件', async () => {
    await page.goto(app.url)
    await importTextFile(page, largestSeed(), seedText(largestSeed()))
    const editor = page.locator('.section-editor[data-section="rectification"]')
    // 用户看到的各段（序号 + 文字），以及与正文同段的条目接上正文后的那一行
    const shown = await editor.evaluate((root) => {
      const blocks = Array.from(root.querySelectorAll('[data-slate-node="element"]'))
      const text = (el: Element) => Array.from(el.querySelectorAll('.marker, [data-slate-string]'), (n) => n.textContent).join('')
      // 选区从第一段正文里的某处起到末尾：取后面的条目
      const runIn = blocks.findLastIndex((el, i) => el.classList.contains('run-in') && blocks[i + 1]?.classList.contains('body'))
      const item = blocks.findLastIndex((el) => el.classList.contains('item') && !el.classList.contains('run-in'))
      return {
        item: text(blocks[item]!),
        runIn: runIn >= 0 ? text(blocks[runIn]!) + text(blocks[runIn + 1]!) : null,
        last: text(blocks.at(-1)!),
      }
    })
    // 打开后应用把光标放进编辑区（空闲时）；等它放好再点，免得选区被它改掉
    await page.waitForTimeout(1000)
    await editor.locator('.body').first().click()
    await page.keyboard.press('Control+Home')
    await page.keyboard.press('Control+Shift+End')
    await expect.poll(() => page.evaluate(() => window.getSelection()!.toString().length)).toBeGreaterThan(1000)
    const copied = () => copiedFrom(editor)
    // Slate 在 selectionchange（节流）之后才知道选区
    await expect.poll(async () => (await copied()).plain.length).toBeGreaterThan(1000)
    const { plain, html } = await copied()
    expect(html).not.toMatch(/·未填|<select/)
    const lines = plain.split('\n')
    expect(lines.join('')).not.toMatch(/·未填|未填状态|与正文同段/)
    expect(lines.filter((l) => ['方面', '问题', '措施'].includes(l.trim()))).toEqual([])
    expect(lines).toContain(shown.item)
    expect(shown.item).toMatch(/^[（(]?[一二三四五六七八九十\d]+[）)、.]/)
    if (shown.runIn) expect(lines).toContain(shown.runIn)
    expect(lines.at(-1)).toBe(shown.last)
  })
})
