// issue #15：纸面和侧栏是单独合成的滚动区。普通分辨率的屏幕上 Chromium 只为背景不透明的滚动区这样做；
// 否则每滚一下、每按一键都要为整个窗口重新分层（剖析：最大样例滚 30 下，分层 21–29 ms，单独合成后 1.5 ms）。
// 大纲不用 opacity：每个都是合成效果节点，按键时每帧分层都要再过一遍。
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { largestSeed, seedText } from '../support/seeds'
import { useApp } from './support/app'
import { importTextFile } from './support/user'

let page: Page
const app = useApp({ newNotice: '巡视', viewport: { width: 1400, height: 900 } }, (p) => (page = p))

interface LayerOwner {
  /** 元素的 id（#…）或第一个 class（.…）；文字节点为 #text */
  name: string
  /** 在纸面（.paper）之内 */
  inPaper: boolean
}

/** 合成层所属的节点，由 CDP 的 LayerTree 给出；trigger 促成一次提交，让层树发出来 */
async function layerOwners(trigger: () => Promise<void> = () => page.mouse.wheel(0, 1)): Promise<LayerOwner[]> {
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('DOM.enable')
  const tree = new Promise<{ backendNodeId?: number }[]>((resolve) =>
    cdp.on('LayerTree.layerTreeDidChange', (p) => p.layers && resolve(p.layers)),
  )
  await cdp.send('LayerTree.enable')
  await trigger()
  const owners: LayerOwner[] = []
  for (const layer of await tree) {
    if (!layer.backendNodeId) continue
    const { node } = await cdp.send('DOM.describeNode', { backendNodeId: layer.backendNodeId })
    const attrs = node.attributes ?? []
    const attr = (name: string) => attrs[attrs.indexOf(name) + 1] ?? ''
    const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: layer.backendNodeId })
    const { result } = await cdp.send('Runtime.callFunctionOn', {
      objectId: object.objectId!,
      functionDeclaration: 'function () { const el = this.nodeType === 1 ? this : this.parentElement; return !!el?.closest(".paper") }',
      returnByValue: true,
    })
    const name = node.nodeName === '#text' ? '#text' : attrs.includes('id') ? `#${attr('id')}` : `.${attr('class').split(' ')[0]}`
    owners.push({ name: node.nodeName === 'TEXTAREA' ? `textarea${name}` : name, inPaper: result.value === true })
  }
  await cdp.detach()
  return owners
}

describe('滚动区', () => {
  it('纸面和侧栏各自单独合成滚动', async () => {
    // 两处都确有内容可滚（否则 Chromium 不为它们建层，测试就不说明什么）
    for (const selector of ['.desk', '#side-panel'])
      expect(await page.locator(selector).evaluate((el) => el.scrollHeight > el.clientHeight)).toBe(true)
    const owners = (await layerOwners()).map((o) => o.name)
    expect(owners).toContain('.desk')
    expect(owners).toContain('#side-panel')
  })

  it('大纲里的状态下拉框和上移、下移平时不排版，指向或用 Tab 进入一行才出现；也不用 opacity', async () => {
    // 最大的样例：大纲里有几十条带状态和上移、下移的条目。每个控件都是盒子：打字时浏览器每帧的排版、分层都要把它们过一遍。
    await page.goto(app.url)
    await importTextFile(page, largestSeed(), seedText(largestSeed()))
    // 大纲在打开后的空闲时间里才排出来
    const outline = page.locator('nav.outline')
    await outline.locator('.status-text').first().waitFor()
    const laidOut = (selector: string) =>
      outline.evaluate(
        (root, sel) => Array.from(root.querySelectorAll(sel)).filter((el) => el.getClientRects().length > 0).length,
        selector,
      )
    expect(await outline.locator('.outline-move button').count()).toBeGreaterThan(40)
    expect(await outline.locator('select.badge').count()).toBeGreaterThan(20)
    expect(await laidOut('.outline-move button')).toBe(0)
    expect(await laidOut('select.badge')).toBe(0)
    // 状态仍看得见：文字标记与下拉框的值一致
    const first = outline.locator('li.outline-entry', { has: page.locator('.status-text') }).first()
    expect(await first.locator('.status-text').innerText()).toBe((await first.locator('select.badge').inputValue()) || '未填')

    await first.hover()
    expect(await laidOut('.outline-move button')).toBe(2)
    expect(await laidOut('select.badge')).toBe(1)
    await expect.poll(() => first.locator('.status-text').isVisible()).toBe(false)

    // 键盘：聚焦一行的名称，这一行的控件出现，Tab 依次到状态、上移
    await page.mouse.move(720, 450)
    const second = outline.locator('li.outline-entry', { has: page.locator('.status-text') }).nth(1)
    await second.locator('.outline-jump').focus()
    await page.keyboard.press('Tab')
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toMatch(/^整改状态：/)
    await page.keyboard.press('Tab')
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toMatch(/^上移：/)
    expect(await laidOut('select.badge')).toBe(1)

    const dimmed = await outline.evaluate((root) =>
      Array.from(root.querySelectorAll('*'), (el) => [el.className, getComputedStyle(el).opacity]).filter(([, o]) => o !== '1'),
    )
    expect(dimmed).toEqual([])
  })

  it('打字时正文里除了光标不另分合成层，侧栏的多行栏也不单独合成（每多一层，每次按键的分层都多一份工作）', async () => {
    // 接上一个用例：最大的样例已打开。导语是原文手写的长段落：多行栏若有内部滚动条，就是一个合成的滚动层。
    const lead = page.getByLabel('导语', { exact: true })
    expect(await lead.evaluate((el: HTMLTextAreaElement) => el.value.length)).toBeGreaterThan(100)
    expect(await lead.evaluate((el) => el.scrollHeight <= el.clientHeight + 1)).toBe(true)
    await page.locator('.section-editor[data-section="rectification"] .body').nth(3).click()
    await page.keyboard.press('End')
    const owners = await layerOwners(() => page.keyboard.type('实'))
    // 光标自己的层没有所属节点；正文的轮廓若画在光标之上，光标之后的整页文字就另成一层（#text）
    expect(owners.filter((o) => o.inPaper)).toEqual([])
    expect(owners.filter((o) => o.name.startsWith('textarea'))).toEqual([])
    expect(owners.map((o) => o.name)).toContain('.desk')
  })
})
