// 整份文档一条撤销历史：组织情况中的快速修复、信息面板中的修改、逐条整改中的输入，三次 Ctrl+Z 按相反顺序撤回。
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { useApp } from './support/app'
import { screenshot } from './support/user'

let page: Page

useApp({ newNotice: '巡视' }, (p) => (page = p))

const organization = () => page.getByRole('textbox', { name: '组织情况（正文编辑区）' })
const rectification = () => page.getByRole('textbox', { name: '逐条整改（正文编辑区）' })
const round = () => page.getByLabel('轮次')

describe('纸面的版式数字来自 core/spec', () => {
  it('纸面的页边距、行距由 core/spec 生成的 CSS 自定义属性给出（37 mm、579 twip = 28.95 pt）', async () => {
    const style = await page.locator('.paper').evaluate((el) => {
      const s = getComputedStyle(el)
      return { top: s.paddingTop, left: s.paddingLeft, line: s.lineHeight, width: s.width }
    })
    const px = (mm: number) => (mm * 96) / 25.4
    expect(parseFloat(style.top)).toBeCloseTo(px(37), 1)
    expect(parseFloat(style.left)).toBeCloseTo(px(28), 1)
    expect(parseFloat(style.width)).toBeCloseTo(px(210), 1)
    expect(parseFloat(style.line)).toBeCloseTo((28.95 * 96) / 72, 1)
  })
})

describe('撤销整份文档的上一个动作，不论它发生在哪里', () => {
  it('快速修复、表单修改、输入，三次 Ctrl+Z 依次撤回；Ctrl+Y 再依次恢复', async () => {
    // 准备：逐条整改中的一个方面，组织情况中一处半角逗号。
    await page.getByRole('button', { name: '＋ 添加第一个方面' }).click()
    await page.keyboard.type('关于政治建设方面')
    await organization().locator('p, div').filter({ hasText: /。$/ }).last().click()
    await page.keyboard.press('End')
    await page.keyboard.type('加强统筹,压实责任。')
    await round().fill('十五届省委第三轮')

    // 1. 组织情况中的快速修复
    await page.getByRole('tab', { name: /检查/ }).click()
    const finding = page
      .getByRole('region', { name: '检查' })
      .getByRole('listitem')
      .filter({ hasText: /逗号|半角/ })
      .first()
    await finding.getByRole('button').nth(1).click()
    await expect.poll(() => organization().innerText()).toContain('加强统筹，压实责任。')
    // 2. 信息面板中的修改
    await page.getByRole('tab', { name: '信息' }).click()
    await round().fill('十五届省委第四轮')
    // 3. 逐条整改中的输入
    await rectification().getByText('关于政治建设方面').click()
    await page.keyboard.press('End')
    await page.keyboard.type('（补充）')
    await expect.poll(() => rectification().innerText()).toContain('关于政治建设方面（补充）')
    await screenshot(page, 'undo-01-three-actions')

    await page.keyboard.press('Control+Z')
    await expect.poll(() => rectification().innerText()).not.toContain('（补充）')
    expect(await round().inputValue()).toBe('十五届省委第四轮')
    expect(await organization().innerText()).toContain('加强统筹，压实责任。')

    await page.keyboard.press('Control+Z')
    await expect.poll(() => round().inputValue()).toBe('十五届省委第三轮')
    expect(await organization().innerText()).toContain('加强统筹，压实责任。')

    await page.keyboard.press('Control+Z')
    await expect.poll(() => organization().innerText()).toContain('加强统筹,压实责任。')
    expect(await rectification().innerText()).toContain('关于政治建设方面')
    await screenshot(page, 'undo-02-after-three-undos')

    // 重做按原顺序恢复（工具栏的“重做”与 Ctrl+Y 同一条历史）
    await page.keyboard.press('Control+Y')
    await expect.poll(() => organization().innerText()).toContain('加强统筹，压实责任。')
    await page.getByRole('button', { name: '重做' }).click()
    await expect.poll(() => round().inputValue()).toBe('十五届省委第四轮')
    await page.getByRole('button', { name: '重做' }).click()
    await expect.poll(() => rectification().innerText()).toContain('关于政治建设方面（补充）')
  })
})
