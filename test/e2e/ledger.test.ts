// 整改台账，像用户一样：开始页“导入整改台账” → 核对列对应 → 新通报 → 在大纲里改一个问题的状态 → 导出台账，
// 该问题那一行的状态变了；再把原台账并入，看到“更新”清单，接受后状态回到台账上的。
import { readFileSync } from 'node:fs'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { defaultMapping, readLedgerFile } from '../../core/ledger/import-ledger'
import { readLedgerRows } from '../../core/ledger/ledger-rows'
import { openpyxlLedger, tempDir } from '../ledger/support/fixtures'
import { zipBomb } from '../ledger/support/hostile'
import { useApp } from './support/app'
import { axeViolations } from './support/axe'
import { eventually, outlineControl, outlineItems, screenshot } from './support/user'

let page: Page
let ledger: Uint8Array
const PROBLEM = '意识形态工作责任制落实不到位'

useApp({}, (p) => (page = p))

beforeAll(async () => {
  ledger = await openpyxlLedger(tempDir('e2e-ledger'))
}, 120_000)

async function chooseLedger(button: string, bytes = ledger) {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: button }).click()])
  await chooser.setFiles({
    name: '县委巡察整改台账.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: Buffer.from(bytes),
  })
}

/** 导出的台账里某个问题各行的“整改进展”“是否销号”。 */
async function exportedStatus(problem: string): Promise<string[]> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出台账' }).click()])
  expect(download.suggestedFilename()).toMatch(/整改台账\.xlsx$/)
  const wb = readLedgerFile({ name: 'x.xlsx', bytes: new Uint8Array(readFileSync((await download.path())!)) })
  const rows = readLedgerRows(wb.sheets[0]!, defaultMapping(wb)!)
  const at = rows.findIndex((r) => r.problem?.[0] === problem)
  const sheetRow = wb.sheets[0]!.rows[rows[at]!.line - 1]!
  return [sheetRow[7]?.text ?? '', sheetRow[8]?.text ?? '']
}

describe('整改台账', () => {
  it('导入台账：列对应自动认出（两行表头），用户确认后得到方面 → 问题 → 措施', async () => {
    await chooseLedger('导入整改台账（Excel）…')
    const dialog = page.getByRole('dialog', { name: '导入整改台账' })
    await expect
      .poll(() => dialog.getByRole('combobox', { name: /^第5列“责任 \/ 责任领导”对应为$/ }).inputValue(), { timeout: 20_000 })
      .toBe('leader')
    expect(await dialog.getByRole('combobox', { name: '工作表' }).inputValue()).toBe('1') // 第一张“说明”没有表头，选了第二张
    // 用户改一处：序号列不导入（编号由位置推导，本来也不用它）
    await dialog.getByRole('combobox', { name: /^第1列“序号”对应为$/ }).selectOption('ignore')
    await screenshot(page, '30-ledger-mapping')
    expect(await axeViolations(page)).toEqual([])
    await dialog.getByRole('button', { name: '确认列对应，下一步' }).click()
    await expect.poll(() => dialog.getByRole('status').first().innerText()).toMatch(/2 个方面、4 个问题、5 条措施/)
    await dialog.getByRole('button', { name: '导入为新通报' }).click()
    const items = await eventually(
      () => outlineItems(page, '逐条整改'),
      (l) => l.length === 11,
      20_000,
    )
    expect(items.slice(0, 3)).toEqual(['一、党的政治建设方面', '（一）学习贯彻上级决策部署不够深入', '1.制定理论学习中心组年度学习计划'])
    await screenshot(page, '31-ledger-notice')
    await screenshot(page, '31-ledger-notice')
  })

  it('在通报里改一个问题的状态，导出的台账中这一行跟着变', async () => {
    expect(await exportedStatus(PROBLEM)).toEqual(['已完成', '是'])
    await (await outlineControl(page, 'combobox', new RegExp(`^整改状态：（.）${PROBLEM.slice(0, 8)}`))).selectOption('持续推进')
    await expect.poll(() => exportedStatus(PROBLEM), { timeout: 15_000 }).toEqual(['持续推进', '否'])
  })

  it('把原台账并入当前通报：先看到更新清单，接受后状态回到台账上的', async () => {
    await chooseLedger('导入台账')
    const dialog = page.getByRole('dialog', { name: '导入整改台账' })
    await dialog.getByRole('button', { name: '确认列对应，下一步' }).click()
    await expect
      .poll(() => dialog.locator('.ledger-plan').innerText(), { timeout: 10_000 })
      .toMatch(/更新 1 个问题[\s\S]*状态：持续推进 → 已完成[\s\S]*新增 0 个问题[\s\S]*没有的问题 0 个/)
    await screenshot(page, '32-ledger-merge')
    await dialog.getByRole('button', { name: '接受并入' }).click()
    await expect.poll(() => exportedStatus(PROBLEM), { timeout: 15_000 }).toEqual(['已完成', '是'])
  })

  it('再次导入同样格式的台账：用上次确认（改过）的列对应', async () => {
    await chooseLedger('导入台账')
    const dialog = page.getByRole('dialog', { name: '导入整改台账' })
    await expect.poll(() => dialog.getByText('已按上次确认的列对应填好').count(), { timeout: 10_000 }).toBe(1)
    expect(await dialog.getByRole('combobox', { name: /^第1列“序号”对应为$/ }).inputValue()).toBe('ignore')
    await dialog.getByRole('button', { name: '取消' }).click()
  })

  it('恶意的台账（压缩炸弹）：读取在工作线程里被挡下，显示中文说明，通报不变', async () => {
    const before = await outlineItems(page, '逐条整改')
    await chooseLedger('导入台账', zipBomb(24))
    const dialog = page.getByRole('dialog', { name: '导入整改台账' })
    await expect.poll(() => dialog.getByRole('alert').innerText(), { timeout: 20_000 }).toMatch(/解压后异常庞大/)
    await dialog.getByRole('button', { name: '关闭' }).last().click()
    expect(await outlineItems(page, '逐条整改')).toEqual(before)
  })
})
