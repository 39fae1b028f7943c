// 信息面板：统计数字的细分写进纸面上的统计句；光标所在条目的整改时限、责任单位存进工程文件。
import { readFileSync } from 'node:fs'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { parseProject } from '../../core/project/project-file'
import { useApp } from './support/app'
import { axeViolations } from './support/axe'
import { saveWithCtrlS, typeItemChain } from './support/user'

let page: Page

useApp({ newNotice: '巡察' }, (p) => (page = p))

const paperText = () => page.getByRole('article', { name: '通报正文' }).innerText()

describe('统计数字的细分', () => {
  it('填写党纪处分总数和两项细分，纸面上的统计句随之更新；删去一项后也跟着变', async () => {
    await page.getByLabel('党纪处分（人）').fill('5')
    await expect.poll(paperText).toContain('给予党纪处分5人')
    await page.getByRole('button', { name: '＋ 添加党纪处分细分' }).click()
    await page.getByLabel('党纪处分细分1：名称').fill('党内警告')
    await page.getByLabel('党纪处分细分1：人数').fill('3')
    await page.getByRole('button', { name: '＋ 添加党纪处分细分' }).click()
    await page.getByLabel('党纪处分细分2：名称').fill('严重警告')
    await page.getByLabel('党纪处分细分2：人数').fill('2')
    await expect.poll(paperText).toContain('给予党纪处分5人（党内警告3人、严重警告2人）')

    await page.getByRole('button', { name: '删除党纪处分细分1' }).click()
    await expect.poll(paperText).toContain('给予党纪处分5人（严重警告2人）')
    expect(await page.getByLabel('党纪处分细分1：名称').inputValue()).toBe('严重警告')
    expect(await axeViolations(page)).toEqual([])
  })

  it('其他统计事实逐行进入统计句；改为手写统计段落后，纸面显示手写的文字', async () => {
    await page.getByLabel('其他统计事实（每行一项，可不填）').fill('追回违规资金320万元\n')
    await expect.poll(paperText).toContain('给予党纪处分5人（严重警告2人）；追回违规资金320万元。')
    await page.getByLabel(/^手写统计段落/).check()
    const override = page.getByLabel('统计段落', { exact: true })
    expect(await override.inputValue()).toContain('追回违规资金320万元')
    await override.fill('在巡察整改工作中，共处理处分党员干部5人。')
    await expect.poll(paperText).toContain('在巡察整改工作中，共处理处分党员干部5人。')
    expect(await paperText()).not.toContain('严重警告2人')
    await page.getByLabel(/^手写统计段落/).uncheck()
    await expect.poll(paperText).toContain('严重警告2人')
  })
})

describe('当前条目的整改时限与责任单位', () => {
  it('光标放在问题上，填写的时限和责任单位存进工程文件', async () => {
    await typeItemChain(page, ['关于落实管党治党责任方面', '基层党组织建设薄弱的问题'])
    const item = page.getByRole('group', { name: '当前条目' })
    await expect.poll(() => item.innerText()).toContain('基层党组织建设薄弱的问题')
    await page.getByLabel('整改时限').fill('2024-12-31')
    await page.getByLabel('责任单位').fill('县委组织部')
    expect(await page.getByLabel('责任单位').inputValue()).toBe('县委组织部')

    // 光标回到方面：显示方面自己的（空的）字段
    await page.getByRole('textbox', { name: '逐条整改（正文编辑区）' }).getByText('关于落实管党治党责任方面').click()
    await expect.poll(() => item.innerText()).toContain('关于落实管党治党责任方面')
    expect(await page.getByLabel('责任单位').inputValue()).toBe('')

    const download = await saveWithCtrlS(page)
    const notice = parseProject(readFileSync((await download.path())!))
    const [aspect] = notice.rectification.items
    expect(aspect?.responsible).toBeNull()
    expect(aspect?.children[0]).toMatchObject({ title: '基层党组织建设薄弱的问题', deadline: '2024-12-31', responsible: '县委组织部' })
  })
})

describe('日期输入旁写出公文日期', () => {
  it('填写成文日期后，输入框旁显示“2024年9月20日”，并作为输入框的说明读出', async () => {
    await page.getByRole('tab', { name: '信息' }).click()
    const input = page.getByLabel('成文日期')
    await input.fill('2024-09-20')
    // 检查结果在空闲时更新，说明可能在两次读取之间换掉：只读此刻在的（不等已经消失的元素），断言用 poll。
    const describedTexts = async () => {
      const described = await input.getAttribute('aria-describedby')
      const texts = await Promise.all(
        (described ?? '')
          .split(' ')
          .filter(Boolean)
          .map((id) => page.locator(`[id="${id}"]`).allInnerTexts()),
      )
      return texts.flat()
    }
    await expect.poll(describedTexts).toContain('2024年9月20日')
    // 清空后不再读出日期；此栏若有检查结果（缺成文日期），读出的是它（信息面板的提示就是检查结果）
    await input.fill('')
    await expect.poll(async () => (await describedTexts()).join('')).not.toContain('2024年9月20日')
  })
})

describe('手写联系方式段落', () => {
  it('勾选后起稿为生成的段落，改写的文字出现在纸面上', async () => {
    await page.getByLabel('联系电话').fill('0578-88001234')
    await page.getByLabel(/^手写联系方式段落/).check()
    const text = page.getByLabel('联系方式段落', { exact: true })
    expect(await text.inputValue()).toContain('0578-88001234')
    await text.fill('欢迎广大干部群众对整改情况进行监督。联系电话：0578-88005678。')
    await expect.poll(paperText).toContain('联系电话：0578-88005678。')
    expect(await paperText()).not.toContain('0578-88001234')
  })
})
