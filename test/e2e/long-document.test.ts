// issue #15：长通报（编辑区分成许多块、大纲超过一块 80 行）。大纲只画出看得到的块，滚到哪里画到哪里，滚完一遍与全部条目相同；
// 编辑区分块后，页边的控件仍看得见、点得着（分块的 content-visibility 不把页边裁掉）。
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { serializeProject } from '../../core/project/project-file'
import { outlineEntries } from '../../renderer/panels/outline-entries'
import { largeNotice } from '../support/large-notice'
import { useApp } from './support/app'
import { copiedFrom, lastBlockText, openProjectFile, screenshot } from './support/user'

let page: Page
useApp({ viewport: { width: 1400, height: 900 } }, (p) => (page = p))

const notice = largeNotice(60_000)
const entries = outlineEntries(notice)
const rows = () => page.locator('nav.outline .outline-entry')

describe('长通报', () => {
  it('打开后大纲只画出看得到的块；一路滚到底，画出的行与全部条目一一相同', async () => {
    expect(entries.length).toBeGreaterThan(3 * 80)
    await openProjectFile(page, 'long.tongbao', serializeProject(notice))
    await expect.poll(() => rows().count()).toBeGreaterThan(0)
    const first = await rows().count()
    expect(first).toBeLessThan(entries.length)
    const outline = page.locator('nav.outline')
    for (let i = 0; i < 200 && (await rows().count()) < entries.length; i++) {
      await outline.evaluate((n) => (n.scrollTop += n.clientHeight))
      await page.waitForTimeout(50)
    }
    const shown = await rows().locator('.outline-text').allTextContents()
    expect(shown).toEqual(entries.map((e) => `${e.marker}${e.title}`))
    await screenshot(page, 'long-document-01-outline-end')
  })

  it('分块的编辑区里，当前条目页边的控件没有被裁掉：点得着', async () => {
    const items = page.locator('.section-editor[data-section="rectification"] .item')
    const item = items.nth(Math.floor((await items.count()) / 2))
    await item.scrollIntoViewIfNeeded()
    await item.locator('.item-title').click()
    const role = item.getByRole('combobox', { name: /^条目类别/ })
    await expect.poll(() => role.count()).toBe(1)
    await role.scrollIntoViewIfNeeded()
    // 命中测试遵守裁剪：被裁掉的控件，在它的位置上点到的是别的元素（等滚动、重排停下，每次重新取位置）
    const hit = () =>
      role.evaluate((select) => {
        const r = select.getBoundingClientRect()
        return document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2)?.closest('select') === select
      })
    await expect.poll(hit).toBe(true)
    await screenshot(page, 'long-document-02-margin-controls')
  })

  it('打字时光标留在纸面的可视区里：可视区内打字纸面不动，回车走到可视区下缘以下时纸面跟着滚', async () => {
    const desk = page.locator('.desk')
    // 找一段底边离可视区下缘不到两行的正文，光标放在它的末尾
    const index = await desk.evaluate((d) => {
      const box = d.getBoundingClientRect()
      return Array.from(d.querySelectorAll('.section-editor[data-section="rectification"] .body')).findIndex((el) => {
        const r = el.getBoundingClientRect()
        return r.top > box.top && r.bottom < box.top + d.clientHeight && r.bottom > box.top + d.clientHeight - 80
      })
    })
    expect(index).toBeGreaterThanOrEqual(0)
    await page.locator('.section-editor[data-section="rectification"] .body').nth(index).click()
    await page.keyboard.press('End')
    const caretInView = () =>
      desk.evaluate((d) => {
        const box = d.getBoundingClientRect()
        const caret = window.getSelection()!.getRangeAt(0).getBoundingClientRect()
        // 滚动位置取整：允许 1 px 的出入
        return caret.height > 0 && caret.top >= box.top - 1 && caret.bottom <= box.top + d.clientHeight + 1
      })
    const scrolled = () => desk.evaluate((d) => d.scrollTop)
    const before = await scrolled()
    await page.keyboard.type('核对')
    expect(await caretInView()).toBe(true)
    expect(await scrolled()).toBe(before)
    for (let i = 0; i < 4; i++) {
      await page.keyboard.press('Enter')
      await page.keyboard.type(`新增第${i + 1}段`)
      await expect.poll(caretInView).toBe(true)
    }
    expect(await scrolled()).toBeGreaterThan(before)
  })

  it('分块的编辑区里 Ctrl+Shift+End 选到最后一段（屏幕外跳过排版的块也在选区里），复制得到全部；Ctrl+End 后打字落在最后一段', async () => {
    const editor = page.locator('.section-editor[data-section="rectification"]')
    const lastText = () => lastBlockText(editor)
    expect(await editor.locator('.chunk.lowest').count()).toBeGreaterThan(2)
    await editor.locator('.body').first().scrollIntoViewIfNeeded()
    await editor.locator('.body').first().click()
    await page.keyboard.press('Control+Home')
    await page.keyboard.press('Control+Shift+End')
    const last = await lastText()
    expect(last.length).toBeGreaterThan(10)
    await expect.poll(async () => (await copiedFrom(editor)).plain.trimEnd().split('\n').at(-1)).toBe(last)
    // 像浏览器自己做的那样，纸面滚到选区的末尾
    const lastInView = () =>
      page.locator('.desk').evaluate((d) => {
        const blocks = d.querySelectorAll('.section-editor[data-section="rectification"] [data-slate-node="element"]')
        const r = blocks[blocks.length - 1]!.getBoundingClientRect()
        const box = d.getBoundingClientRect()
        return r.height > 0 && r.bottom > box.top && r.top < box.top + d.clientHeight
      })
    await expect.poll(lastInView).toBe(true)
    await page.keyboard.press('Control+End')
    await page.keyboard.type('（末尾核对）')
    await expect.poll(lastText).toBe(`${last}（末尾核对）`)
    await screenshot(page, 'long-document-03-ctrl-end')
  })

  it('编辑菜单的“全选”（浏览器自己的全选）在分块的编辑区里也选到最后一段', async () => {
    const editor = page.locator('.section-editor[data-section="rectification"]')
    await editor.locator('.body').first().scrollIntoViewIfNeeded()
    await editor.locator('.body').first().click()
    // Electron 菜单的 role: 'selectAll' 调用的就是它
    await page.evaluate(() => document.execCommand('selectAll'))
    const last = await lastBlockText(editor)
    await expect.poll(async () => (await copiedFrom(editor)).plain.trimEnd().split('\n').at(-1)).toBe(last)
  })

  it('每块 200 段的部分里，块末的同段条目在可视区附近时也接着下一块开头的正文排；屏幕外的块仍是块、照常跳过排版', async () => {
    const editor = page.locator('.section-editor[data-section="rectification"]')
    // 块末是同段条目、下一块以正文开头的边界
    const boundaries = await editor.evaluate((root) =>
      Array.from(root.querySelectorAll('.chunk.lowest'))
        .map((chunk, i) => ({ chunk, i }))
        .filter(
          ({ chunk }) => chunk.lastElementChild?.matches('.item.run-in') && chunk.nextElementSibling?.firstElementChild?.matches('.body'),
        )
        .map(({ i }) => i),
    )
    // 前提：确有这样的边界（否则这条测试什么也没测）
    expect(boundaries.length).toBeGreaterThan(0)
    const at = boundaries[Math.floor(boundaries.length / 2)]!
    await editor.evaluate((root, i) => root.querySelectorAll('.chunk.lowest')[i]!.lastElementChild!.scrollIntoView({ block: 'center' }), at)
    const joined = () =>
      editor.evaluate((root, i) => {
        const chunk = root.querySelectorAll('.chunk.lowest')[i]!
        const title = Array.from(chunk.lastElementChild!.getClientRects()).at(-1)!
        const body = chunk.nextElementSibling!.firstElementChild!.getClientRects()[0]!
        return Math.abs(title.top - body.top) < 2
      }, at)
    await expect.poll(joined).toBe(true)
    const inline = await editor.evaluate(
      (root) => Array.from(root.querySelectorAll('.chunk.lowest')).filter((c) => getComputedStyle(c).display === 'inline').length,
    )
    const all = await editor.locator('.chunk.lowest').count()
    expect(inline).toBeGreaterThanOrEqual(2)
    expect(inline).toBeLessThan(all / 2)
    await screenshot(page, 'long-document-04-run-in-across-large-chunks')
  })

  it('打开一份更大的通报：新的编辑界面在后台渲染，其间原来的文档还在、提示“正在排版文档”；渲染完一次换上，提示消失', async () => {
    // 上面几条用的通报是 largeNotice(60_000)（方面标题带“版本0”），这一份约 30 万字、“版本1”
    const bigger = largeNotice(300_000, 1)
    const whilePending = page.waitForFunction(
      () => {
        if (!document.querySelector('[role="status"][aria-label="正在打开"]')) return false
        const desk = document.querySelector('.desk')?.textContent ?? ''
        return { old: desk.includes('（第1批，版本0）'), fresh: desk.includes('（第1批，版本1）') }
      },
      undefined,
      { timeout: 60_000 },
    )
    // 编辑界面里用工具栏的“打开”（开始页上是“打开…”）
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: '打开', exact: true }).click()])
    await chooser.setFiles({ name: 'longer.tongbao', mimeType: 'application/json', buffer: Buffer.from(serializeProject(bigger), 'utf8') })
    expect(await (await whilePending).jsonValue()).toEqual({ old: true, fresh: false })
    await page.locator('.desk').getByText('（第1批，版本1）').first().waitFor({ state: 'attached' })
    await page.getByRole('status', { name: '正在打开' }).waitFor({ state: 'detached' })
    expect(await page.locator('.desk').getByText('（第1批，版本0）').count()).toBe(0)
    await screenshot(page, 'long-document-05-opened-larger')
  })

  it('后台渲染中按“取消”：留在原来的文档上，新文档不再换上', async () => {
    // 此时屏幕上是上一条打开的“版本1”；再打开一份同样大的“版本2”，趁它在后台渲染时取消
    const another = largeNotice(300_000, 2)
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: '打开', exact: true }).click()])
    await chooser.setFiles({
      name: 'another.tongbao',
      mimeType: 'application/json',
      buffer: Buffer.from(serializeProject(another), 'utf8'),
    })
    const status = page.getByRole('status', { name: '正在打开' })
    await status.getByRole('button', { name: '取消' }).click()
    // 提示在过渡结束时消失：取消不生效的话，那时换上的就是“版本2”
    await status.waitFor({ state: 'detached' })
    expect(await page.locator('.desk').getByText('（第1批，版本2）').count()).toBe(0)
    expect(await page.locator('.desk').getByText('（第1批，版本1）').count()).toBeGreaterThan(0)
    // 原来的文档照常可编辑
    await page.locator('.desk [contenteditable="true"]').first().click()
    await screenshot(page, 'long-document-06-opening-cancelled')
  })
})
