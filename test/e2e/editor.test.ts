// 新用户的一次完整使用：新建巡视通报、填信息、用键盘写方面/问题/措施、看检查数下降、调整顺序、导出、刷新后恢复。
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { unzipSync, strFromU8 } from 'fflate'
import { parseDocument } from 'htmlparser2'
import { textContent } from 'domutils'
import type { Page } from 'playwright-core'
import { parseProject } from '../../core/project/project-file'
import { useApp } from './support/app'
import { axeViolations as axeViolationsOf } from './support/axe'
import { checkCount, eventually, outlineControl, outlineItems, screenshot, saveWithCtrlS } from './support/user'

let page: Page

useApp({}, (p) => (page = p))

const axeViolations = () => axeViolationsOf(page)

const paper = () => page.getByRole('article', { name: '通报正文' })
const rectification = () => page.getByRole('textbox', { name: '逐条整改（正文编辑区）' })

describe('新用户写一份巡视整改通报', () => {
  it('开始页可新建巡视通报', async () => {
    await screenshot(page, '01-start')
    expect(await axeViolations()).toEqual([])
    await page.getByRole('button', { name: '新建巡视整改通报' }).click()
    await expect.poll(() => paper().isVisible()).toBe(true)
  })

  let initialFindings = 0
  it('填写信息后，标题、导语和落款随之生成，联系方式即时校验', async () => {
    initialFindings = await eventually(
      () => checkCount(page),
      (n) => n > 0,
    )
    await page.getByLabel('发文机关全称').fill('中共青山县委')
    await page.getByLabel('发文机关简称').fill('青山县委')
    await page.getByLabel('轮次').fill('十五届省委第三轮')
    await page.getByLabel('巡视组', { exact: true }).fill('省委第五巡视组')
    await page.getByLabel('被巡视对象').fill('青山县')
    await page.getByLabel('巡视开始日期').fill('2024-03-11')
    await page.getByLabel('巡视结束日期').fill('2024-05-20')
    await page.getByLabel('反馈日期').fill('2024-07-18')
    await page.getByLabel('联系电话').fill('0578-1234')
    await expect.poll(() => page.locator('.field-messages').filter({ hasText: '电话号码' }).count()).toBe(1)
    await page.getByLabel('联系电话').fill('0578-88001234')
    await expect.poll(() => page.locator('.field-messages').filter({ hasText: '电话号码' }).count()).toBe(0)
    await page.getByLabel('地址', { exact: true }).fill('青山县人民路1号县委巡察办')
    await page.getByLabel('邮编').fill('323000')
    await page.getByLabel('电子邮箱').fill('qsxszg@example.gov.cn')
    await page.getByLabel('成文日期').fill('2024-09-20')
    const text = await paper().innerText()
    expect(text).toContain('中共青山县委关于十五届省委第三轮巡视整改进展情况的通报')
    expect(text).toContain('2024年3月11日至5月20日，省委第五巡视组对青山县进行了巡视')
    expect(text).toContain('联系电话：0578-88001234')
    expect(text).toContain('2024年9月20日')
  })

  it('用键盘写方面、问题、措施，编号自动生成', async () => {
    await page.getByRole('button', { name: '＋ 添加第一个方面' }).click()
    const k = page.keyboard
    await k.type('关于贯彻落实党中央决策部署方面')
    await k.press('Enter')
    await k.press('Tab')
    await k.type('理论学习与工作实际结合不够紧密的问题')
    await k.press('Enter')
    await k.press('Tab')
    await k.type('健全学习制度。')
    await k.press('Shift+Enter')
    await k.type('修订县委理论学习中心组学习规则，全年开展专题学习12次。')
    await k.press('Enter')
    await k.press('Enter') // 空的正文段落中回车：变为同级措施
    await k.type('推动学用结合。')
    await k.press('Shift+Enter')
    await k.type('围绕产业发展开展蹲点调研，解决实际问题23个。')
    await k.press('Enter')
    await k.press('Enter')
    await k.press('Shift+Tab') // 升为问题
    await k.type('重点项目推进缓慢的问题')
    await k.press('Enter')
    await k.press('Tab')
    await k.type('压实项目责任。')
    await k.press('Shift+Enter')
    await k.type('实行县领导联系重点项目制度，已开工项目15个。')
    await k.press('Enter')
    await k.press('Enter')
    await k.press('Shift+Tab')
    await k.press('Shift+Tab') // 升为方面
    await k.type('关于全面从严治党方面')
    await k.press('Enter')
    await k.press('Enter') // 空的顶层条目中回车：变为正文段落
    await k.type('（一）') // 段首键入序号：变为第二层条目，序号不留在文字里
    await k.type('基层监督存在薄弱环节的问题')
    await k.press('Enter')
    await k.press('Tab')
    await k.type('织密监督网络。')
    await k.press('Shift+Enter')
    await k.type('在全县各乡镇设立监督联络站18个，实现村级全覆盖。')
    await expect
      .poll(() => outlineItems(page, '逐条整改'))
      .toEqual([
        '一、关于贯彻落实党中央决策部署方面',
        '（一）理论学习与工作实际结合不够紧密的问题',
        '1.健全学习制度。',
        '2.推动学用结合。',
        '（二）重点项目推进缓慢的问题',
        '1.压实项目责任。',
        '二、关于全面从严治党方面',
        '（一）基层监督存在薄弱环节的问题',
        '1.织密监督网络。',
      ])
    // 键入的“（一）”没有留在标题文字里（否则大纲会显示两个序号）
    await screenshot(page, '02-editor')
  })

  it('填好各问题的整改状态，检查数降到零', async () => {
    const statuses: [string, string][] = [
      ['理论学习与工作实际结合不够', '已完成'],
      ['重点项目推进缓慢的问题', '持续推进'],
      ['基层监督存在薄弱环节的问题', '基本完成'],
    ]
    for (const [title, status] of statuses)
      await (await outlineControl(page, 'combobox', new RegExp(`^整改状态：（.）${title.slice(0, 8)}`))).selectOption(status)
    await expect.poll(() => outlineItems(page, '逐条整改').then((l) => l.length)).toBe(9)
    await expect.poll(() => page.getByRole('navigation', { name: '大纲' }).innerText()).toContain('巡视反馈的2个方面3个问题，已完成整改1个')
    const final = await eventually(
      () => checkCount(page),
      (n) => n === 0,
    )
    await page.getByRole('tab', { name: /检查/ }).click()
    if (final !== 0) console.log(await page.getByRole('region', { name: '检查' }).innerText())
    expect(final).toBe(0)
    expect(initialFindings).toBeGreaterThan(0)
    await screenshot(page, '03-check-clear')
  })

  it('检查发现半角逗号：点击跳到原处，一键修复后检查数回到零', async () => {
    await rectification().getByText('围绕产业发展开展蹲点调研，解决实际问题23个。').click()
    await page.keyboard.press('Control+End') // 本部分末尾：“……实现村级全覆盖。”
    await page.keyboard.press('Backspace')
    await page.keyboard.type(',并建立长效机制。')
    await eventually(
      () => checkCount(page),
      (n) => n > 0,
    )
    expect(await checkCount(page)).toBeGreaterThan(0)
    await page.getByRole('tab', { name: /检查/ }).click()
    const finding = page
      .getByRole('region', { name: '检查' })
      .getByRole('listitem')
      .filter({ hasText: /逗号|标点|半角/ })
      .first()
    await finding.getByRole('button').first().click() // 跳到原处
    await expect.poll(() => page.locator('.flash').count()).toBeGreaterThan(0)
    await screenshot(page, '03b-finding')
    await finding.getByRole('button').nth(1).click() // 快速修复
    await expect.poll(() => rectification().innerText()).toContain('实现村级全覆盖，并建立长效机制。')
    expect(
      await eventually(
        () => checkCount(page),
        (n) => n === 0,
      ),
    ).toBe(0)
  })

  it('在大纲中下移一个方面，编号跟着变；拖放也能调整顺序', async () => {
    await (await outlineControl(page, 'button', '下移：一、关于贯彻落实党中央决策部署方面')).click()
    await expect
      .poll(() => outlineItems(page, '逐条整改').then((l) => l.filter((t) => /^[一二]、/.test(t))))
      .toEqual(['一、关于全面从严治党方面', '二、关于贯彻落实党中央决策部署方面'])
    // 编辑器中的文字顺序也变了
    const text = await rectification().innerText()
    expect(text.indexOf('关于全面从严治党方面')).toBeLessThan(text.indexOf('关于贯彻落实党中央决策部署方面'))
    // 问题随方面移动，仍在原方面之下
    expect(text.indexOf('重点项目推进缓慢的问题')).toBeGreaterThan(text.indexOf('关于贯彻落实党中央决策部署方面'))
    // 拖放：把“重点项目推进缓慢的问题”拖到同一方面的第一个问题之前
    const outline = page.getByRole('navigation', { name: '大纲' })
    await outline
      .locator('li', { hasText: '重点项目推进缓慢的问题' })
      .dragTo(outline.locator('li', { hasText: '理论学习与工作实际结合不够紧密的问题' }))
    await expect.poll(() => outlineItems(page, '逐条整改')).toContain('（一）重点项目推进缓慢的问题')
    expect(await outlineItems(page, '逐条整改')).toContain('（二）理论学习与工作实际结合不够紧密的问题')
    await screenshot(page, '04-reordered')
  })

  it('点击大纲条目跳到编辑器中的该条目', async () => {
    await page.getByRole('navigation', { name: '大纲' }).getByRole('button', { name: '1.织密监督网络。', exact: true }).click()
    await expect.poll(() => page.locator('.item.flash').innerText()).toContain('织密监督网络。')
    expect(await page.evaluate(() => document.getSelection()?.anchorNode?.textContent ?? '')).toContain('织密监督网络。')
  })

  it('撤销最近一次调整', async () => {
    await page.getByRole('button', { name: '撤销' }).click()
    await expect.poll(() => outlineItems(page, '逐条整改')).toContain('（一）理论学习与工作实际结合不够紧密的问题')
  })

  it('导出 Word：下载的文档里有用户写的文字', async () => {
    await page.getByRole('button', { name: '导出 Word' }).click()
    const dialog = page.getByRole('dialog', { name: '导出 Word 文档' })
    await dialog.getByLabel('Windows 自带字体（仿宋、楷体、黑体）').check()
    await screenshot(page, '05-export-docx')
    const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: '导出', exact: true }).click()])
    expect(download.suggestedFilename()).toMatch(/\.docx$/)
    const bytes = readFileSync((await download.path())!)
    const files = unzipSync(new Uint8Array(bytes))
    const xml = strFromU8(files['word/document.xml']!)
    const text = xml.replace(/<[^>]+>/g, '')
    for (const s of [
      '中共青山县委关于十五届省委第三轮巡视整改进展情况的通报',
      '修订县委理论学习中心组学习规则',
      '在全县各乡镇设立监督联络站18个',
    ])
      expect(text).toContain(s)
    expect(xml + strFromU8(files['word/styles.xml']!)).toContain('楷体') // 所选字体方案写进了文档
    await expect.poll(() => dialog.getByRole('status').innerText()).toContain('已导出')
    expect(await dialog.getByRole('alertdialog').count()).toBe(0) // 检查已清零：不问，直接导出
    await dialog.getByRole('button', { name: '完成' }).click()
  })

  it('导出网页：下载的网页里有用户写的文字', async () => {
    await page.getByRole('button', { name: '导出网页' }).click()
    const dialog = page.getByRole('dialog', { name: '导出网页' })
    const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: '导出', exact: true }).click()])
    const html = readFileSync((await download.path())!, 'utf8')
    const text = textContent(parseDocument(html))
    for (const s of ['中共青山县委关于十五届省委第三轮巡视整改进展情况的通报', '围绕产业发展开展蹲点调研', '2024年9月20日'])
      expect(text).toContain(s)
    await dialog.getByRole('button', { name: '完成' }).click()
  })

  it('页面预览显示页数', async () => {
    await page.keyboard.press('Control+p')
    const dialog = page.getByRole('dialog', { name: /^页面预览（共 \d+ 页）$/ })
    await expect.poll(() => dialog.isVisible()).toBe(true)
    expect(await dialog.getByRole('article', { name: '第 1 页' }).innerText()).toContain('中共青山县委关于')
    await screenshot(page, '06-preview')
    await dialog.getByRole('button', { name: '关闭' }).click()
  })

  it('编辑页无障碍检查（axe-core）零违规', async () => {
    expect(await axeViolations()).toEqual([])
    await page.keyboard.press('F1')
    const help = page.getByRole('dialog', { name: '帮助' })
    await expect.poll(() => help.isVisible()).toBe(true)
    expect(await axeViolations()).toEqual([])
    await help.getByRole('button', { name: '关闭' }).click()
  })

  it('自动保存后刷新页面，可从开始页恢复全部内容', async () => {
    await page.getByRole('tab', { name: '信息' }).click()
    await page.getByLabel('成文日期').fill('2024-09-21') // 最后一次修改
    await expect.poll(() => page.getByRole('status').filter({ hasText: '已自动保存' }).count(), { timeout: 15_000 }).toBe(1)
    await page.reload()
    const restore = page.getByRole('button', { name: /^恢复：中共青山县委关于/ })
    await expect.poll(() => restore.count()).toBe(1)
    await screenshot(page, '07-recovery')
    await restore.click()
    await expect.poll(() => outlineItems(page, '逐条整改').then((l) => l.length)).toBe(9)
    expect(await rectification().innerText()).toContain('在全县各乡镇设立监督联络站18个')
    expect(await page.getByLabel('邮编').inputValue()).toBe('323000')
    expect(await page.getByLabel('成文日期').inputValue()).toBe('2024-09-21')
  })

  let savedName = ''
  it('保存（Ctrl+S）得到可再打开的工程文件', async () => {
    await rectification().click()
    const title = await paper().locator('h1').innerText()
    const download = await saveWithCtrlS(page) // 应用自己的对话框，建议名由标题推导（与导出同源）
    savedName = `${title}.tongbao`
    expect(download.suggestedFilename()).toBe(savedName)
    const notice = parseProject(readFileSync((await download.path())!))
    expect(notice.rectification.items.map((i) => i.title)).toEqual(['关于全面从严治党方面', '关于贯彻落实党中央决策部署方面']) // 下移后的顺序
    expect(notice.contact.emails).toEqual(['qsxszg@example.gov.cn'])
    await expect
      .poll(() =>
        page
          .getByRole('status')
          .filter({ hasText: /^已保存 \d\d:\d\d$/ })
          .count(),
      )
      .toBe(1)
  })

  it('刷新后在“最近打开”中找到刚保存的文件并打开', async () => {
    await page.reload()
    const recent = page.getByRole('region', { name: '最近打开' }).getByRole('button', { name: savedName })
    await expect.poll(() => recent.count()).toBe(1)
    await recent.click()
    await expect.poll(() => outlineItems(page, '逐条整改').then((l) => l.length)).toBe(9)
    expect(await page.getByRole('status').filter({ hasText: '未修改' }).count()).toBe(1)
  })
})
