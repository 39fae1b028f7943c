// 按规则修正（issue #10 第 1 点）：导入样例 003 → 检查面板按规则分组并计数 → 一键修正 → 半角标点一组消失、
// 正文是全角逗号 → 撤销一次全部回来。期望的处数由 core 对同一份样例算出，不写死。
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { importNotice } from '../../core/import/index'
import { groupByRule, type RuleGroup, validate } from '../../core/rules/index'
import { seedNames, seedText } from '../support/seeds'
import { type App, openApp } from './support/app'
import { checkTally, screenshot } from './support/user'

let app: App
let page: Page
const SEED = seedNames().find((n) => n.startsWith('003_'))!
let groups: RuleGroup[]

beforeAll(async () => {
  const { notice, findings } = await importNotice({ name: SEED, bytes: new TextEncoder().encode(seedText(SEED)) })
  groups = groupByRule([...findings, ...validate(notice)])
  app = await openApp()
  page = app.page
  await page.setViewportSize({ width: 1400, height: 900 })
  await page.goto(app.url)
})

afterAll(async () => {
  await app?.close()
})

const checkPanel = () => page.getByRole('region', { name: '检查' })
const group = (title: string) => checkPanel().getByRole('region', { name: new RegExp(`^${title} \\d+ 处$`) })
/** 组的展开/收起按钮（名称为“错误 半角标点 851 处 TB026”） */
const toggle = (title: string) => group(title).getByRole('button', { name: new RegExp(`^(错误|警告|提示) ${title} `) })
const paperText = () => page.getByRole('article', { name: '通报正文' }).innerText()
/** 汉字旁的半角逗号（TB026 所报的那种） */
const HALF_COMMA = /\p{Script=Han},|,\p{Script=Han}/gu
const count = (s: string, re: RegExp) => s.match(re)?.length ?? 0

describe('检查面板按规则分组，一键修正可安全修正的问题', () => {
  const tb026 = () => groups.find((g) => g.rule === 'TB026')!
  let commasBefore = 0

  it('导入样例 003：检查面板列出各规则的组和处数，组收起时不画其中的结果', async () => {
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      page.getByRole('button', { name: '导入 Word / 文本 / 网页…' }).click(),
    ])
    await chooser.setFiles({ name: SEED, mimeType: 'text/plain', buffer: Buffer.from(seedText(SEED), 'utf8') })
    await expect.poll(() => paperText().then((t) => count(t, HALF_COMMA)), { timeout: 30_000 }).toBeGreaterThan(0)
    commasBefore = count(await paperText(), HALF_COMMA)
    await page.getByRole('tab', { name: /检查/ }).click()
    // 每条规则一组，组名与处数同 core 的分组
    // 检查在导入后的空闲时间里分片做完；机器忙时要几秒
    for (const g of groups) await expect.poll(() => group(g.title).count(), { timeout: 30_000 }).toBe(1)
    expect(await checkPanel().getByRole('region').count()).toBe(groups.length)
    expect(await group('半角标点').getAttribute('aria-label')).toBe(`半角标点 ${tb026().findings.length} 处`)
    // 大组收起：851 条结果一条也没画出来
    expect(await toggle('半角标点').getAttribute('aria-expanded')).toBe('false')
    expect(await group('半角标点').getByRole('listitem').count()).toBe(0)
    // 全部改正显示会改几处
    expect(
      await group('半角标点')
        .getByRole('button', { name: /全部改正/ })
        .innerText(),
    ).toBe(`全部改正（${tb026().safeFixes} 处）`)
    await screenshot(page, 'fix-by-rule-01-grouped')
  })

  it('检查标签页、状态栏和面板的数字一致，提示也计入', async () => {
    const tally = await checkTally(page)
    const expected = { error: 0, warning: 0, info: 0 }
    for (const g of groups) for (const f of g.findings) expected[f.severity]++
    expect(tally).toEqual(expected)
    expect(expected.info).toBeGreaterThan(0)
    const tab = await page.getByRole('tab', { name: /检查/ }).innerText()
    expect(tab.replace(/\s+/g, ' ')).toContain(`错 ${expected.error} 警 ${expected.warning} 提 ${expected.info}`)
  })

  it('展开一组：先画前 50 条，“再显示”分批画出其余', async () => {
    await toggle('半角标点').click()
    await expect.poll(() => group('半角标点').getByRole('listitem').count()).toBe(50)
    await group('半角标点')
      .getByRole('button', { name: /^再显示/ })
      .click()
    await expect.poll(() => group('半角标点').getByRole('listitem').count()).toBe(100)
    await toggle('半角标点').click()
    expect(await group('半角标点').getByRole('listitem').count()).toBe(0)
  })

  it('一键修正：半角标点一组消失，正文里是全角逗号；需要判断的组留着', async () => {
    const safe = groups.reduce((n, g) => n + g.safeFixes, 0)
    await checkPanel()
      .getByRole('button', { name: `一键修正可安全修正的问题（${safe} 处）` })
      .click()
    await expect.poll(() => group('半角标点').count()).toBe(0)
    const text = await paperText()
    expect(count(text, HALF_COMMA)).toBe(0)
    expect(count(text, /，/g)).toBeGreaterThanOrEqual(commasBefore)
    for (const g of groups.filter((g) => g.safeFixes === 0)) expect(await group(g.title).count(), g.title).toBe(1)
    expect(
      await checkPanel()
        .getByRole('button', { name: /^一键修正/ })
        .count(),
    ).toBe(0)
    await screenshot(page, 'fix-by-rule-02-after-fix')
  })

  it('撤销一次（Ctrl+Z），半角逗号全部回来', async () => {
    await page.keyboard.press('Control+Z')
    await expect.poll(() => group('半角标点').count()).toBe(1)
    expect(await group('半角标点').getAttribute('aria-label')).toBe(`半角标点 ${tb026().findings.length} 处`)
    expect(count(await paperText(), HALF_COMMA)).toBe(commasBefore)
    // 再一次撤销回到导入之前什么也没有（导入不是一步编辑），半角逗号仍在：一键修正确实只占一步
    await page.getByRole('button', { name: '重做' }).click()
    await expect.poll(() => group('半角标点').count()).toBe(0)
    await page.getByRole('button', { name: '撤销' }).click()
    await expect.poll(() => group('半角标点').count()).toBe(1)
  })

  it('一组“全部改正”只改这一组', async () => {
    const ranges = groups.find((g) => g.rule === 'TB043')!
    await group(ranges.title)
      .getByRole('button', { name: /全部改正/ })
      .click()
    await expect.poll(() => group(ranges.title).count()).toBe(0)
    expect(await group('半角标点').getAttribute('aria-label')).toBe(`半角标点 ${tb026().findings.length} 处`)
  })
})
