// 页面预览（issue #11）：导入一份样例、按签发稿（红头、版记）导出后打开页面预览——
// 落款的署名与日期各占一行、不重叠；首页有红头，末页有版记；首末两页截图存到 test/artifacts/screenshots/。
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { measurePt } from '../../core/layout/break-lines'
import { PAGE, TWIPS_PER_PT } from '../../core/spec/gbt9704'
import { useApp } from './support/app'
import { SCREENSHOT_DIR } from './support/user'

let page: Page

useApp({}, (p) => (page = p))

const paperText = () => page.getByRole('article', { name: '通报正文' }).innerText()

interface Box {
  role: string
  text: string
  top: number
  bottom: number
  /** 文字的左右边（pt，页左边起）。 */
  leftPt: number
  rightPt: number
}

/** 一页上各行的角色、文字与竖向位置（屏幕像素）。 */
async function lineBoxes(pageIndex: number): Promise<Box[]> {
  return page
    .locator('.pages > article.page')
    .nth(pageIndex)
    .locator('.pline')
    .evaluateAll(
      (els, pageWidthPt) =>
        els.map((el) => {
          const r = el.getBoundingClientRect()
          // 字形实际占的竖向范围（行框里的文字 span），而不是行框：行框可以两格高。
          const spans = Array.from(el.querySelectorAll('span')).map((s) => s.getBoundingClientRect())
          const top = spans.length ? Math.min(...spans.map((s) => s.top)) : r.top
          const bottom = spans.length ? Math.max(...spans.map((s) => s.bottom)) : r.bottom
          const pageBox = el.closest('article.page')!.getBoundingClientRect()
          const ptPerPx = pageWidthPt / pageBox.width
          const leftPt = ((spans.length ? Math.min(...spans.map((s) => s.left)) : r.left) - pageBox.left) * ptPerPx
          const rightPt = ((spans.length ? Math.max(...spans.map((s) => s.right)) : r.right) - pageBox.left) * ptPerPx
          return { role: el.getAttribute('data-role') ?? '', text: (el as HTMLElement).innerText, top, bottom, leftPt, rightPt }
        }),
      PAGE.widthTw / TWIPS_PER_PT,
    )
}

describe('页面预览画的是签发稿的页', () => {
  it('新建通报、填写发文机关与成文日期（落款随之生成），按红头、版记导出一次（签发稿设置随通报保存）', async () => {
    await page.getByRole('button', { name: '新建巡察整改通报' }).click()
    await page.getByRole('tab', { name: '信息' }).click()
    await page.getByLabel('发文机关全称').fill('中共青山县委')
    await page.getByLabel('发文机关简称').fill('青山县委')
    await page.getByLabel('成文日期').fill('2024-09-20')
    await expect.poll(paperText).toContain('2024年9月20日')
    await page.getByRole('button', { name: '导出 Word' }).click()
    const dialog = page.getByRole('dialog', { name: '导出 Word 文档' })
    await dialog.getByLabel(/^加红头/).check()
    await dialog.getByLabel(/^加版记/).check()
    await dialog.getByLabel('抄送', { exact: true }).fill('县纪委县监委、县委各部委、县人大常委会党组、县政府党组、县政协党组、县法院党组')
    const download = page.waitForEvent('download')
    await dialog.getByRole('button', { name: '导出', exact: true }).click()
    // 新通报还缺内容，检查有错误时先问一句：确认导出。
    const confirm = dialog.getByRole('button', { name: '仍要导出' })
    await expect.poll(async () => (await confirm.count()) + (await dialog.getByRole('status').count())).toBeGreaterThan(0)
    if (await confirm.count()) await confirm.click()
    await download
    await expect.poll(() => dialog.getByRole('status').innerText(), { timeout: 30_000 }).toContain('已导出')
    await dialog.getByRole('button', { name: '完成' }).click()
  })

  it('落款：署名与日期在不同的两行，上下不重叠；首页有红头，末页有版记；截图首末页', async () => {
    await page.keyboard.press('Control+p')
    const dialog = page.getByRole('dialog', { name: /^页面预览（共 \d+ 页）$/ })
    await expect.poll(() => dialog.isVisible()).toBe(true)
    const pages = dialog.locator('.pages > article.page')
    const count = await pages.count()
    expect(count % 2).toBe(0) // 版记在偶数页（7.4.1）

    let signature: Box | undefined
    let date: Box | undefined
    for (let i = 0; i < count && !(signature && date); i++) {
      const boxes = await lineBoxes(i)
      signature ??= boxes.find((b) => b.role === 'signature')
      date ??= boxes.find((b) => b.role === 'date')
    }
    expect(signature, '署名行').toBeDefined()
    expect(date, '日期行').toBeDefined()
    expect(date!.text).toMatch(/^\d{4}年\d{1,2}月\d{1,2}日$/)
    // 日期在署名下面，字形不相交。
    expect(date!.top).toBeGreaterThanOrEqual(signature!.bottom - 1)
    // 日期行与版式同宽（浏览器不加的中西文间距由预览补上）：居右的日期起点不右移。
    const layoutWidth = measurePt([{ text: date!.text, face: 'serif', sizePt: 16, spacingPt: -0.25 }])
    expect(Math.abs(date!.rightPt - date!.leftPt - layoutWidth), '日期行宽（pt）').toBeLessThan(1)

    const first = await lineBoxes(0)
    expect(first.some((b) => b.role === 'orgMark')).toBe(true)
    const last = await lineBoxes(count - 1)
    expect(last.some((b) => b.role === 'banjiCc' && b.text.startsWith('抄送：'))).toBe(true)
    expect(last.at(-1)!.text).toMatch(/印发$/)
    // 同一页上任何两行都不重叠（按行框：每行占自己的格）。
    for (const boxes of [first, last]) {
      const sorted = [...boxes].sort((a, b) => a.top - b.top)
      for (let k = 1; k < sorted.length; k++)
        expect(sorted[k]!.top, `${sorted[k - 1]!.text} / ${sorted[k]!.text}`).toBeGreaterThanOrEqual(sorted[k - 1]!.bottom - 1)
    }

    mkdirSync(SCREENSHOT_DIR, { recursive: true })
    await pages.nth(0).screenshot({ path: join(SCREENSHOT_DIR, 'preview-signoff-first.png') })
    await pages.nth(count - 1).screenshot({ path: join(SCREENSHOT_DIR, 'preview-signoff-last.png') })
    const sigPage = await pages.filter({ has: page.locator('[data-role="signature"]') }).first()
    await sigPage.screenshot({ path: join(SCREENSHOT_DIR, 'preview-signoff-signature.png') })
    await dialog.getByRole('button', { name: '关闭' }).click()
  })
  it('导出 PDF（浏览器宿主）：打印页交给打印对话框，页里有红头、落款和版记', async () => {
    // 打印页放在一个临时的框架里；打印对话框关闭后框架就移除，所以先记下它的内容。
    await page.evaluate(() => {
      const w = window as unknown as { printed: string[] }
      w.printed = []
      new MutationObserver((records) => {
        for (const r of records) for (const n of r.addedNodes) if (n instanceof HTMLIFrameElement) w.printed.push(n.srcdoc)
      }).observe(document.body, { childList: true })
    })
    await page.getByRole('button', { name: '导出 Word' }).click()
    const dialog = page.getByRole('dialog', { name: '导出 Word 文档' })
    await dialog.getByRole('button', { name: '导出 PDF' }).click()
    const confirm = dialog.getByRole('button', { name: '仍要导出' })
    await expect.poll(async () => (await confirm.count()) + (await dialog.getByRole('status').count())).toBeGreaterThan(0)
    if (await confirm.count()) await confirm.click()
    await expect.poll(() => dialog.getByRole('status').innerText(), { timeout: 30_000 }).toContain('另存为 PDF')
    const printed = await page.evaluate(() => (window as unknown as { printed: string[] }).printed)
    expect(printed).toHaveLength(1)
    expect(printed[0]).toContain('size:A4')
    // 字间的中西文间距写成 span 的 margin，“2024年9月20日”分在几个 span 里：比对去掉标签后的文字。
    const text = printed[0]!.replace(/<style>.*?<\/style>/s, '').replace(/<[^>]+>/g, '')
    for (const s of ['中共青山县委', '2024年9月20日', '抄送：', '印发']) expect(text).toContain(s)
    await dialog.getByRole('button', { name: '取消' }).click()
  })
})
