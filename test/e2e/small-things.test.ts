// issue #10 第 7 点，新用户绊到的几处小事：检查中点表单字段的问题不离开检查；页边的类别、状态、“与正文同段”好认好点；
// 各部分标题的示例各不相同；检查标签页计入提示；巡察的轮次示例随层级；第一次 Ctrl+S 用应用自己的对话框、文件名随标题。
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { useApp } from './support/app'
import { checkTally, eventually, screenshot } from './support/user'

let page: Page
/** 浏览器自己的对话框（prompt、alert……）：应用不该再用它们问文件名 */
const nativeDialogs: string[] = []

useApp({ newNotice: '巡察', viewport: { width: 1400, height: 900 }, dialogs: nativeDialogs }, (p) => (page = p))

const checkPanel = () => page.getByRole('region', { name: '检查' })
const rectification = () => page.getByRole('textbox', { name: '逐条整改（正文编辑区）' })
const box = async (locator: ReturnType<Page['locator']>) => (await locator.boundingBox())!

describe('新用户绊到的小事', () => {
  it('巡察通报的“轮次”示例随巡察主体（不是“省委”）', async () => {
    const round = page.getByLabel('轮次')
    expect(await page.getByLabel('巡察主体').inputValue()).toBe('市委')
    expect(await round.getAttribute('placeholder')).toBe('十二届市委第三轮')
    await page.getByLabel('巡察主体').fill('县委')
    await expect.poll(() => round.getAttribute('placeholder')).toBe('十二届县委第三轮')
  })

  it('三个部分的标题示例各不相同，逐条整改的说巡察', async () => {
    const examples = await page.locator('.section-heading.empty .placeholder').allTextContents()
    expect(examples).toHaveLength(3)
    expect(new Set(examples).size).toBe(3)
    expect(examples[1]).toContain('巡察')
    expect(examples.join()).not.toMatch(/巡视/)
  })

  it('页边的条目类别、整改状态和“与正文同段”至少 24 px 高，“与正文同段”有说明', async () => {
    await page.getByRole('button', { name: '＋ 添加第一个方面' }).click()
    await page.keyboard.type('关于落实主体责任方面')
    await page.keyboard.press('Enter')
    await page.keyboard.press('Tab')
    await page.keyboard.type('主体责任压得不实的问题')
    const role = page.getByRole('combobox', { name: /^条目类别：主体责任/ })
    const status = page.getByRole('combobox', { name: /^整改状态：主体责任/ })
    const runIn = rectification().getByRole('checkbox', { name: '与正文同段' })
    await expect.poll(() => status.isVisible()).toBe(true)
    for (const control of [role, status]) expect((await box(control)).height).toBeGreaterThanOrEqual(24)
    const label = rectification().locator('label.run-in-toggle')
    expect((await box(label)).height).toBeGreaterThanOrEqual(24)
    expect(await label.getAttribute('title')).toMatch(/同一段/)
    // 读屏也读到说明
    expect(await runIn.evaluate((el) => document.getElementById(el.getAttribute('aria-describedby')!)?.textContent)).toMatch(/同一段/)
    await label.hover()
    await screenshot(page, 'small-things-01-margin-controls')
  })

  it('光标移进、移出一个条目时，下面的正文不跳动（页边的控件比一行高，也不撑高条目）', async () => {
    // 上一个用例留下：方面 > 问题（光标在问题里）。问题下再加一条措施，把光标移回问题、再移到措施。
    await page.keyboard.press('Enter')
    await page.keyboard.press('Tab')
    await page.keyboard.type('压实责任清单')
    const measure = rectification().locator('.item', { hasText: '压实责任清单' })
    const problem = rectification().locator('.item', { hasText: '主体责任压得不实的问题' })
    await expect.poll(() => measure.locator('.item-tools').count()).toBe(1)
    const away = (await box(measure)).y
    await problem.locator('.item-title').click()
    await expect.poll(() => problem.locator('.item-tools').count()).toBe(1)
    expect((await box(measure)).y).toBe(away)
    // 问题的页边有类别、状态和“与正文同段”三个控件，比它的一行标题高
    expect((await box(problem.locator('.item-tools'))).height).toBeGreaterThan((await box(problem)).height)
    await screenshot(page, 'small-things-01b-active-item-no-jump')
  })

  it('纸面缩小时，与正文同段的条目的页边控件也在版心之外，不压住行末的字', async () => {
    // 这个窗口宽度下纸面按比例缩小（paper.css 的容器查询）；不缩小时这一条测不出问题。
    expect(Number(await page.locator('.paper').evaluate((el) => getComputedStyle(el).zoom))).toBeLessThan(1)
    const problem = rectification().locator('.item', { hasText: '主体责任压得不实的问题' })
    const runIn = problem.getByRole('checkbox', { name: '与正文同段' })
    await runIn.check()
    await expect.poll(() => problem.evaluate((el) => el.classList.contains('run-in'))).toBe(true)
    const column = await box(rectification())
    const tools = await box(problem.locator('.item-tools'))
    expect(tools.x).toBeGreaterThanOrEqual(column.x + column.width)
    await runIn.uncheck()
    await expect.poll(() => problem.evaluate((el) => el.classList.contains('run-in'))).toBe(false)
  })

  it('检查标签页的数字计入提示，与状态栏一致', async () => {
    const tally = await eventually(
      () => checkTally(page),
      (t) => t.info > 0,
    ) // 新建的问题没有整改状态：一条提示
    expect(tally.info).toBeGreaterThan(0)
    const tab = (await page.getByRole('tab', { name: /检查/ }).innerText()).replace(/\s+/g, ' ')
    expect(tab).toContain(`错 ${tally.error} 警 ${tally.warning} 提 ${tally.info}`)
  })

  it('检查中点一条表单字段的问题：仍在检查页，表单在上方展开，焦点在该字段', async () => {
    await page.getByRole('tab', { name: /检查/ }).click()
    const group = checkPanel().getByRole('region', { name: /^落款不全 \d+ 处$/ })
    const inGroup = async () => Number(/(\d+) 处$/.exec((await group.getAttribute('aria-label')) ?? '')?.[1] ?? 0)
    const before = await inGroup()
    await group.getByRole('listitem').filter({ hasText: '机关' }).first().getByRole('button').first().click()
    await expect.poll(() => page.evaluate(() => document.activeElement?.id ?? '')).toMatch(/^field-\/signature\//)
    expect(await page.getByRole('tab', { name: /检查/ }).getAttribute('aria-selected')).toBe('true')
    expect(await checkPanel().isVisible()).toBe(true)
    await screenshot(page, 'small-things-02-form-beside-check')
    // 填上落款机关，这一条从检查中消失，检查页仍在
    await page.keyboard.type('中共青山县委')
    await expect.poll(() => (before > 1 ? inGroup() : group.count())).toBe(before - 1)
    expect(await page.getByRole('tab', { name: /检查/ }).getAttribute('aria-selected')).toBe('true')
    await page.getByRole('button', { name: '收起表单' }).click()
    expect(await page.getByRole('button', { name: '收起表单' }).count()).toBe(0)
  })

  it('第一次 Ctrl+S：应用自己的对话框，文件名由标题推导，与导出的 Word 同名', async () => {
    await page.getByRole('tab', { name: '信息' }).click()
    await page.getByLabel('发文机关全称').fill('中共青山县委')
    await page.getByLabel('轮次').fill('十二届县委第三轮')
    const title = await page.getByRole('article', { name: '通报正文' }).locator('h1').innerText()
    expect(title).toContain('中共青山县委关于')
    const downloaded = page.waitForEvent('download')
    await page.keyboard.press('Control+s')
    const dialog = page.getByRole('dialog', { name: '保存整改通报' })
    await dialog.waitFor()
    expect(await dialog.getByLabel('文件名').inputValue()).toBe(`${title}.tongbao`)
    await screenshot(page, 'small-things-03-save-dialog')
    await dialog.getByRole('button', { name: '保存', exact: true }).click()
    expect((await downloaded).suggestedFilename()).toBe(`${title}.tongbao`)
    expect(nativeDialogs).not.toContain('prompt')

    await page.getByRole('button', { name: '导出 Word' }).click()
    const exportDialog = page.getByRole('dialog', { name: '导出 Word 文档' })
    const [docx] = await Promise.all([
      page.waitForEvent('download'),
      (async () => {
        await exportDialog.getByRole('button', { name: '导出', exact: true }).click()
        const anyway = exportDialog.getByRole('button', { name: '仍要导出' })
        await anyway.click()
      })(),
    ])
    expect(docx.suggestedFilename()).toBe(`${title}.docx`)
  })
})
