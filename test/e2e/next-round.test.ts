// 从上一份通报开始的两种方式，像用户一样操作：续报（同一次巡视）与新一轮（新的巡视），样例 003。
import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { noticeLead } from '../../core/derive/lead'
import { importFromText } from '../../core/import/import-from-text'
import { Item } from '../../core/model/item'
import { RichText } from '../../core/model/rich-text'
import { seedNames, seedText } from '../support/seeds'
import { useApp } from './support/app'
import { axeViolations } from './support/axe'
import { eventually, outlineControl, outlineItems, screenshot } from './support/user'

let page: Page
const SEED = seedNames().find((s) => s.startsWith('003_'))!
// 期望值取自同一份样例的导入结果（与导入器的读法同源，导入器若漏读条目，两边一起变，断言的是“沿用了全部”）
const source = importFromText(seedText(SEED)).notice
const sourceItems = Item.count(source.rectification.items)
const sourceProblems = Item.count(source.rectification.items, (i) => i.role === 'problem')

useApp({}, (p) => (page = p))

async function startFrom(button: string) {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: button }).click()])
  await chooser.setFiles({ name: '上一份.txt', mimeType: 'text/plain', buffer: Buffer.from(seedText(SEED), 'utf8') })
}

const paperText = () => page.getByRole('article', { name: '通报正文' }).innerText()
const statusBar = () => page.getByRole('contentinfo', { name: '状态栏' }).innerText()
const editor = () => page.getByRole('textbox', { name: '逐条整改（正文编辑区）' })

describe('续报（同一次巡视）', () => {
  it('开始页上两种方式分得清：续报（同一次巡视）和新一轮（新的巡视），各带一句说明', async () => {
    const follow = page.getByRole('button', { name: '续报（同一次巡视）…' })
    const fresh = page.getByRole('button', { name: '新一轮（新的巡视）…' })
    await expect.poll(() => follow.isVisible()).toBe(true)
    expect(await follow.getAttribute('aria-describedby')).toBeTruthy()
    expect(await fresh.innerText()).toContain('问题清单重新录入')
    await screenshot(page, '10-start-two-ways')
    expect(await axeViolations(page)).toEqual([])
  })

  it('从开始页选“续报”：全部条目沿用，标题、日期和轮次不变', async () => {
    expect(sourceItems).toBe(84) // 样例 003：26 个问题、58 条措施（见 seeds-expected.json）
    await startFrom('续报（同一次巡视）…')
    const outline = await eventually(
      () => outlineItems(page, '逐条整改'),
      (l) => l.length === sourceItems,
      20_000,
    )
    expect(outline).toHaveLength(sourceItems)
    expect(outline.filter((t) => t.includes('（无标题）'))).toEqual([])
    // 样例 003 的导语是手写的（原文），续报照旧：同样的巡视期间和反馈日期
    expect(await paperText()).toContain(RichText.texts(noticeLead(source))[0]!.slice(0, 40))
  })

  it('说明是平和的提示，不是错误：沿用了什么，接下来做什么', async () => {
    const banner = page.getByRole('status', { name: '已开始续报（同一次巡视）' })
    await expect.poll(() => banner.innerText()).toContain(`状态待确认 ${sourceProblems} 项`)
    expect(await banner.innerText()).toContain(`条目 ${sourceItems} 项`)
    expect(await page.getByRole('alert').count()).toBe(0)
    const colour = await banner.evaluate((el) => getComputedStyle(el).backgroundColor)
    expect(colour).not.toBe('rgb(253, 236, 236)') // 错误横幅的红底
  })

  it('措施沿用上一份的正文作为可编辑的起始文字', async () => {
    const firstMeasure = [...Item.walk(source.rectification.items, [])].find(
      (e) => e.item.role === 'measure' && !RichText.isEmpty(e.item.body),
    )!.item
    const text = RichText.texts(firstMeasure.body)[0]!
    expect(await editor().innerText()).toContain(text.slice(0, 20))
    const paragraph = editor()
      .locator('p.body', { hasText: text.slice(0, 20) })
      .first()
    await paragraph.click()
    await page.keyboard.press('End')
    await page.keyboard.type('本次已全部完成。')
    await expect.poll(() => editor().innerText()).toContain('本次已全部完成。')
  })

  it('状态显示待确认，进度为 0，确认一个后才计入', async () => {
    await expect.poll(statusBar).toContain(`进度 0/${sourceProblems}（待确认 ${sourceProblems}）`)
    const outline = page.getByRole('navigation', { name: '大纲' })
    expect(await outline.locator('.pending-badge').count()).toBe(sourceProblems)
    await (await outlineControl(page, 'combobox', /^整改状态：/)).selectOption('已完成')
    await expect.poll(statusBar).toContain(`进度 1/${sourceProblems}（待确认 ${sourceProblems - 1}）`)
    await expect.poll(() => outline.locator('.pending-badge').count()).toBe(sourceProblems - 1)
    // 正文中：光标放到第二个问题的标题上，按“确认”保留原状态（样例未标状态：确认“未填状态”）
    const second = [...Item.walk(source.rectification.items, [])].filter((e) => e.item.role === 'problem')[1]!.item
    await editor()
      .locator('.item', { hasText: second.title.slice(0, 12) })
      .first()
      .locator('.item-title')
      .click()
    await editor().getByRole('button', { name: /^确认/ }).click()
    await expect.poll(statusBar).toContain(`（待确认 ${sourceProblems - 2}）`)
    // 键盘用户：大纲里的“待确认”本身是按钮，按下即确认
    await outline
      .getByRole('button', { name: /^待确认：确认沿用的状态/ })
      .first()
      .focus()
    await page.keyboard.press('Enter')
    await expect.poll(statusBar).toContain(`（待确认 ${sourceProblems - 3}）`)
  })

  it('每个条目旁可展开上一轮的表述：默认收起，点一下或 Alt+↓ 展开；没有空的“上一轮：”', async () => {
    const toggles = editor().locator('.previous-round-toggle')
    expect(await toggles.count()).toBe(sourceItems)
    expect(await editor().locator('.previous-round-text').count()).toBe(0)
    expect(await editor().innerText()).not.toMatch(/上一轮：\s*(\n|$)/)
    await toggles.nth(1).click()
    await expect.poll(() => toggles.nth(1).getAttribute('aria-expanded')).toBe('true')
    const note = editor().getByRole('note', { name: '上一轮的表述' })
    expect((await note.innerText()).trim().length).toBeGreaterThan(10)
    // 键盘：光标放在另一条措施的正文里，Alt+↓ 展开它的上一轮
    const third = [...Item.walk(source.rectification.items, [])].filter((e) => e.item.role === 'measure')[2]!.item
    await editor()
      .locator('p.body', { hasText: RichText.texts(third.body)[0]!.slice(0, 20) })
      .first()
      .click()
    await page.keyboard.press('Alt+ArrowDown')
    await expect.poll(() => editor().getByRole('note', { name: '上一轮的表述' }).count()).toBe(2)
    await screenshot(page, '11-follow-up')
    expect(await axeViolations(page)).toEqual([])
  })

  it('导出时问待确认的状态，像有错误时一样', async () => {
    await page.getByRole('button', { name: '导出网页' }).click()
    const dialog = page.getByRole('dialog', { name: '导出网页' })
    await dialog.getByRole('button', { name: '导出', exact: true }).click()
    const question = dialog.getByRole('alertdialog', { name: '确认导出' })
    await expect.poll(() => question.innerText()).toContain(`${sourceProblems - 3} 个问题的整改状态待确认`)
    await screenshot(page, '12-follow-up-export-question')
    expect(await axeViolations(page)).toEqual([])
    await dialog.getByRole('button', { name: '关闭' }).click()
  })
})

describe('新一轮（新的巡视）', () => {
  it('从开始页选“新一轮”：机关和联系方式沿用，没有问题，轮次留空并提示', async () => {
    await page.getByRole('button', { name: '新建…' }).click() // 回到开始页（已自动保存，确认离开）
    await startFrom('新一轮（新的巡视）…')
    const banner = page.getByRole('status', { name: '已开始新一轮（新的巡视）' })
    await expect.poll(() => banner.innerText(), { timeout: 20_000 }).toContain('请填写本轮巡视组和日期')
    // 样例 003 的标题里没有轮次，推进不了：留空并提示填写
    expect(await banner.innerText()).toMatch(/轮次已留空，请在“信息”面板填写/)
    expect(await outlineItems(page, '逐条整改')).toEqual([])
    const text = await paperText()
    expect(text).toContain(source.meta.issuer.fullName)
    expect(text).toContain(source.contact.phones[0]!)
    expect(text).not.toContain(
      RichText.texts([...Item.walk(source.rectification.items, [])].find((e) => e.item.role === 'measure')!.item.body)[0]!.slice(0, 20),
    )
    await expect.poll(statusBar).toContain('进度 0/0')
    await screenshot(page, '13-new-round')
    expect(await axeViolations(page)).toEqual([])
  })

  it('有方面的通报（样例 004）：开始前问要不要保留方面标题作空骨架', async () => {
    const seed004 = seedNames().find((s) => s.startsWith('004_'))!
    const aspects = importFromText(seedText(seed004))
      .notice.rectification.items.filter((i) => i.role === 'aspect')
      .map((i) => i.title)
    expect(aspects).toHaveLength(4)
    await page.getByRole('button', { name: '新建…' }).click()
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      page.getByRole('button', { name: '新一轮（新的巡视）…' }).click(),
    ])
    await chooser.setFiles({ name: '上一轮.txt', mimeType: 'text/plain', buffer: Buffer.from(seedText(seed004), 'utf8') })
    const dialog = page.getByRole('dialog', { name: '新一轮（新的巡视）' })
    await expect.poll(() => dialog.isVisible(), { timeout: 20_000 }).toBe(true)
    expect(await dialog.innerText()).toContain(aspects[0]!)
    await screenshot(page, '14-new-round-ask-skeleton')
    expect(await axeViolations(page)).toEqual([])
    await dialog.getByRole('button', { name: '保留方面标题' }).click()
    await expect.poll(() => outlineItems(page, '逐条整改'), { timeout: 20_000 }).toHaveLength(4)
    const outline = await outlineItems(page, '逐条整改')
    aspects.forEach((title, i) => expect(outline[i]).toContain(title.slice(0, 10)))
    expect(await page.getByRole('status', { name: '已开始新一轮（新的巡视）' }).innerText()).toContain('4 个方面的标题（作为空骨架）')
    expect(await editor().locator('.previous-round-toggle').count()).toBe(0)
    await screenshot(page, '15-new-round-skeleton')
    expect(await axeViolations(page)).toEqual([])
  })
})
