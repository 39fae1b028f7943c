// 页上三个部分编辑器都在 document 上听 selectionchange（slate-react）；打包时加的捷径（scripts/slate-selection-listener.mjs）
// 让光标不在、焦点也不在的编辑器不再为它排定时器。这里在浏览器里看：光标移动时只有一个编辑器排定时器；
// 光标在编辑器之间来回、用 Shift+方向键选中再输入，输入都落在光标处，选中的文字被替换（Slate 跟上了 DOM 选区）。
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { useApp } from './support/app'

let page: Page
useApp({ newNotice: '巡察' }, (p) => (page = p))

const editor = (name: string) => page.getByRole('textbox', { name: `${name}（正文编辑区）` })
const text = (name: string) => editor(name).evaluate((el) => el.textContent ?? '')

describe('三个编辑器与 selectionchange', () => {
  it('光标在一个编辑器里移动：每次 selectionchange 只有这一个编辑器排定时器', async () => {
    await editor('组织情况').click()
    await page.keyboard.type('甲乙丙丁')
    await page.waitForTimeout(300)
    // 数 selectionchange 的处理中调用了几次 setTimeout：window 上的捕获监听在各编辑器之前开始数，
    // document 上后加的监听在它们之后收尾（同一目标上的监听按添加的先后调用）。
    await page.evaluate(() => {
      const w = window as unknown as { __timers: number[] }
      w.__timers = []
      let counting = false
      let n = 0
      const original = window.setTimeout
      window.setTimeout = ((...args: Parameters<typeof setTimeout>) => {
        if (counting) n++
        return original(...args)
      }) as typeof setTimeout
      window.addEventListener('selectionchange', () => ((counting = true), (n = 0)), true)
      document.addEventListener('selectionchange', () => {
        counting = false
        w.__timers.push(n)
      })
    })
    for (let i = 0; i < 3; i++) {
      await page.keyboard.press('ArrowLeft')
      await page.waitForTimeout(250)
    }
    const timers = await page.evaluate(() => (window as unknown as { __timers: number[] }).__timers)
    expect(timers.length).toBeGreaterThanOrEqual(3)
    // 没有捷径时是 3（三个编辑器各一个防抖定时器）
    expect(Math.max(...timers)).toBe(1)
  })

  it('连续打字：每个字排的定时器不过五六个（lodash 的 flush 留下的定时器不再一条条重排，scripts/lodash-debounce-flush.mjs）', async () => {
    await editor('组织情况').click()
    await page.keyboard.press('End')
    await page.waitForTimeout(300)
    await page.evaluate(() => {
      const w = window as unknown as { __typingTimers: number }
      w.__typingTimers = 0
      const original = window.setTimeout
      window.setTimeout = ((...args: Parameters<typeof setTimeout>) => {
        w.__typingTimers++
        return original(...args)
      }) as typeof setTimeout
    })
    const typed = '整改落实情况良好持续巩固提升成效明显'
    for (const ch of typed) {
      await page.keyboard.type(ch)
      await page.waitForTimeout(30)
    }
    await page.waitForTimeout(400)
    const perKey = (await page.evaluate(() => (window as unknown as { __typingTimers: number }).__typingTimers)) / typed.length
    await expect.poll(() => text('组织情况')).toContain(typed)
    // 换之前每个字约十个（大多是到点后又重排的定时器）；现在约五个：Slate 的三个、throttle 的尾沿、防抖同步
    expect(perKey).toBeLessThanOrEqual(6)
  })

  /** 点进一个部分（End：到行尾），输入 typed，再用 Shift+← 选中最后 back 个字、输入 replacement。 */
  async function typeAndReplaceEnd(name: string, typed: string, back: number, replacement: string) {
    await editor(name).click()
    await page.keyboard.press('End')
    await page.keyboard.type(typed)
    for (let i = 0; i < back; i++) await page.keyboard.press('Shift+ArrowLeft')
    await page.waitForTimeout(250)
    await page.keyboard.type(replacement)
  }

  it('光标在编辑器之间来回，Shift+方向键选中后输入：落在光标处、替换选中的文字', async () => {
    // 两个部分里都有新建时的套话，只看输入的这几个字
    await typeAndReplaceEnd('下一步打算', '一二三四', 2, '五')
    await expect.poll(() => text('下一步打算')).toMatch(/一二五/)
    expect(await text('下一步打算')).not.toMatch(/一二三|三四/)

    await typeAndReplaceEnd('组织情况', '戊己', 1, '庚')
    await expect.poll(() => text('组织情况')).toMatch(/戊庚/)
    expect(await text('组织情况')).not.toMatch(/己/)
    expect(await text('下一步打算')).not.toMatch(/[戊己庚]/)

    await editor('下一步打算').click()
    await page.keyboard.type('〇')
    await expect.poll(() => text('下一步打算')).toMatch(/〇/)
    expect(await text('组织情况')).not.toMatch(/〇/)
  })
})
