// 与正文同段的条目，纸面上标题句与正文在同一行接着排，与打印出来的一样：
// - issue #15：编辑区每 20 段一块（屏幕外的块不排版、不绘制）。这样的条目若正好是一块的最后一段，它的正文在下一块的开头
//   （paper.css 的 .chunk.lowest 规则）；
// - 没有标题句、只有正文的条目（003 号样例的“（1）出台……”）：Slate 为空文字放的 <br> 不把正文挤到下一行，标题的提示文字不压在正文上。
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { seedNames, seedText } from '../support/seeds'
import { useApp } from './support/app'
import { importTextFile, screenshot } from './support/user'

let page: Page
const app = useApp({ viewport: { width: 1400, height: 900 } }, (p) => (page = p))

async function importSeed(prefix: string) {
  const seed = seedNames().find((s) => s.startsWith(prefix))!
  await page.goto(app.url)
  await importTextFile(page, seed, seedText(seed))
  return page.locator('.section-editor[data-section="rectification"]')
}

/** 每个后接正文的同段条目：它的最后一行与正文的第一行是否同一行；标题是否为空、提示文字是否看得见。 */
function runInPairs(editor: ReturnType<Page['locator']>) {
  return editor.evaluate((root) => {
    const blocks = Array.from(root.querySelectorAll('[data-slate-node="element"]'))
    return blocks.flatMap((item, i) => {
      const body = blocks[i + 1]
      if (!item.classList.contains('run-in') || !body?.classList.contains('body')) return []
      item.scrollIntoView({ block: 'center' })
      const title = Array.from(item.getClientRects()).at(-1)!
      const first = body.getClientRects()[0]!
      const atChunkEnd = item.parentElement!.classList.contains('lowest') && item.nextElementSibling === null
      const placeholder = item.querySelector('.item-title .placeholder')
      return [
        {
          atChunkEnd,
          sameLine: Math.abs(title.top - first.top) < 2,
          emptyTitle: item.querySelector('.item-title')!.textContent!.replace(/\uFEFF/g, '') === (placeholder?.textContent ?? ''),
          placeholderShown: placeholder !== null && placeholder.getClientRects().length > 0,
          text: item.textContent!.slice(0, 12),
        },
      ]
    })
  })
}

describe('与正文同段的条目排在一行', () => {
  it('同段的条目在一块末尾、正文在下一块开头时，两者仍排在同一行', async () => {
    // 000 号样例有几十个与正文同段的条目，88 段分成 5 块
    const editor = await importSeed('000')
    const pairs = await runInPairs(editor)
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

  it('没有标题句的同段条目：序号后直接接正文，不显示标题的提示（光标在它的正文里时也不）', async () => {
    const editor = await importSeed('003')
    const pairs = await runInPairs(editor)
    const untitled = pairs.filter((p) => p.emptyTitle)
    // 前提：003 号样例的措施都只有正文
    expect(untitled.length).toBeGreaterThan(20)
    expect(untitled.filter((p) => !p.sameLine)).toEqual([])
    expect(untitled.filter((p) => p.placeholderShown)).toEqual([])
    // 光标放进第一个这样的条目的正文：它成了当前条目（页边出现工具），提示仍不出现，正文仍接在序号后
    const item = editor.locator('.item.run-in').first()
    const body = editor.locator('.item.run-in + .body').first()
    await body.scrollIntoViewIfNeeded()
    await body.click()
    await expect.poll(() => item.locator('.item-tools').count()).toBe(1)
    const [again] = await runInPairs(editor)
    expect(again).toMatchObject({ emptyTitle: true, sameLine: true, placeholderShown: false })
    await screenshot(page, 'chunk-boundary-02-untitled-run-in')
  })
})
