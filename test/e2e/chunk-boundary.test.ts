// issue #15：编辑区每 20 段一块（屏幕外的块不排版、不绘制）。与正文同段的条目若正好是一块的最后一段，
// 它的正文在下一块的开头：纸面上标题句与正文仍在同一行接着排，与打印出来的一样（paper.css 的 .chunk.lowest 规则）。
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { seedNames, seedText } from '../support/seeds'
import { useApp } from './support/app'
import { screenshot } from './support/user'

let page: Page
const app = useApp({ viewport: { width: 1400, height: 900 } }, (p) => (page = p))

describe('分块的边界', () => {
  it('同段的条目在一块末尾、正文在下一块开头时，两者仍排在同一行', async () => {
    // 000 号样例有几十个与正文同段的条目，88 段分成 5 块
    const seed = seedNames().find((s) => s.startsWith('000'))!
    await page.goto(app.url)
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      page.getByRole('button', { name: '导入 Word / 文本 / 网页…' }).click(),
    ])
    await chooser.setFiles({ name: seed, mimeType: 'text/plain', buffer: Buffer.from(seedText(seed), 'utf8') })
    const editor = page.locator('.section-editor[data-section="rectification"]')
    await editor.locator('.item').first().waitFor()
    const pairs = await editor.evaluate((root) => {
      const blocks = Array.from(root.querySelectorAll('[data-slate-node="element"]'))
      return blocks.flatMap((item, i) => {
        const body = blocks[i + 1]
        if (!item.classList.contains('run-in') || !body?.classList.contains('body')) return []
        item.scrollIntoView({ block: 'center' })
        const title = Array.from(item.getClientRects()).at(-1)!
        const first = body.getClientRects()[0]!
        const atChunkEnd = item.parentElement!.classList.contains('lowest') && item.nextElementSibling === null
        return [{ atChunkEnd, sameLine: Math.abs(title.top - first.top) < 2, text: item.textContent!.slice(0, 12) }]
      })
    })
    // 前提：确有落在块末尾的同段条目（否则这条测试什么也没测）
    const atEnd = pairs.filter((p) => p.atChunkEnd)
    expect(atEnd.length).toBeGreaterThan(0)
    expect(atEnd.filter((p) => !p.sameLine)).toEqual([])
    expect(pairs.filter((p) => !p.sameLine)).toEqual([])
    await editor.evaluate((root) => {
      const end = Array.from(root.querySelectorAll('.chunk.lowest > .item.run-in:last-child'))[0]!
      end.scrollIntoView({ block: 'center' })
    })
    await screenshot(page, 'chunk-boundary-01-run-in-across-chunks')
  })
})
