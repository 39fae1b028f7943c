// 导入后手写的联系方式段落与信息面板的字段是一份真相：在表单里改电话，纸面、导出的 Word 和网页都跟着变；
// 面板说明此段为原文手写并预览按表单生成的段落；栏下的提示就是检查结果（TB011），可就地改正。
import { readFileSync } from 'node:fs'
import { strFromU8, unzipSync } from 'fflate'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { importFromText } from '../../core/import/import-from-text'
import { seedNames, seedText } from '../support/seeds'
import { useApp } from './support/app'
import { axeViolations } from './support/axe'
import { screenshot } from './support/user'

let page: Page
// 联系方式段落措辞与按表单生成的不同（导入后仍为手写）的第一份样例；不写死文件名，按导入结果挑。
const SEED = seedNames().find((s) => importFromText(seedText(s)).notice.contact.override !== null)!
const OLD_PHONE = importFromText(seedText(SEED)).notice.contact.phones[0]!

useApp({}, (p) => (page = p))

const paperText = () => page.getByRole('article', { name: '通报正文' }).innerText()

async function download(click: () => Promise<void>): Promise<Uint8Array> {
  const [file] = await Promise.all([page.waitForEvent('download'), click()])
  return new Uint8Array(readFileSync((await file.path())!))
}

/** 打开导出对话框导出（有错误时确认“仍要导出”），返回文件的纯文字。 */
async function exported(kind: 'Word' | '网页'): Promise<string> {
  await page.getByRole('button', { name: kind === 'Word' ? '导出 Word' : '导出网页' }).click()
  const dialog = page.getByRole('dialog', { name: kind === 'Word' ? '导出 Word 文档' : '导出网页' })
  await dialog.getByRole('button', { name: '导出', exact: true }).click()
  const bytes = await download(async () => {
    const again = dialog.getByRole('button', { name: '仍要导出' })
    await again.waitFor({ timeout: 5_000 }).then(
      () => again.click(),
      () => undefined,
    )
  })
  await dialog.getByRole('button', { name: '完成' }).click()
  const text = kind === 'Word' ? strFromU8(unzipSync(bytes)['word/document.xml']!) : new TextDecoder().decode(bytes)
  return text.replace(/<[^>]+>/g, '')
}

describe('手写的联系方式段落与表单', () => {
  it('导入后信息面板说明此段为原文手写，预览按表单生成的段落', async () => {
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      page.getByRole('button', { name: '导入 Word / 文本 / 网页…' }).click(),
    ])
    await chooser.setFiles({ name: 'seed.txt', mimeType: 'text/plain', buffer: Buffer.from(seedText(SEED), 'utf8') })
    await expect.poll(paperText, { timeout: 20_000 }).toContain(OLD_PHONE)
    await page.getByRole('tab', { name: '信息' }).click()
    const contact = page.getByRole('group', { name: '联系方式' })
    const note = contact.getByRole('note', { name: '原文手写' })
    await expect.poll(() => note.innerText()).toContain('此段为原文手写，表单修改不会生效')
    expect(await note.innerText()).toContain(`联系电话：${OLD_PHONE}`)
    expect(await note.getByRole('button', { name: '改为按表单生成' }).isEnabled()).toBe(true)
    expect(await note.getByRole('button', { name: '保留原文' }).isEnabled()).toBe(true)
    await note.scrollIntoViewIfNeeded()
    await screenshot(page, '10c-hand-written-contact')
    // 导语的说明在生成它的巡视信息栏目里
    const lead = page.getByRole('note', { name: '导语为原文手写' })
    await expect.poll(() => lead.innerText()).toContain('导语为原文手写，表单修改不会生效')
    await lead.scrollIntoViewIfNeeded()
    await screenshot(page, '10c-hand-written-lead')
    expect(await axeViolations(page)).toEqual([])
  })

  it('在表单里把电话改成带破折号的号码：栏下就是 TB011 的提示；点它的修复，纸面和导出的 Word、网页都是新号码', async () => {
    const phone = page.getByLabel('联系电话')
    await phone.fill('0571—86012345')
    const field = phone.locator('xpath=..')
    await expect.poll(() => field.innerText()).toContain('电话号码“0571—86012345”的区号后应使用连接号“-”')
    await expect.poll(paperText).toContain('0571—86012345')
    await screenshot(page, '10c-phone-finding-inline')
    await field.getByRole('button', { name: '改为“0571-86012345”' }).click()
    await expect.poll(() => phone.inputValue()).toBe('0571-86012345')
    await expect.poll(paperText).toContain('0571-86012345')
    expect(await paperText()).not.toContain(OLD_PHONE)
    expect(await field.innerText()).not.toContain('TB011')

    const word = await exported('Word')
    expect(word).toContain('0571-86012345')
    expect(word).not.toContain(OLD_PHONE)
    const html = await exported('网页')
    expect(html).toContain('0571-86012345')
    expect(html).not.toContain(OLD_PHONE)
  })

  it('改为按表单生成：纸面换成按表单生成的段落，提示消失；撤销回到手写', async () => {
    const note = page.getByRole('group', { name: '联系方式' }).getByRole('note', { name: '原文手写' })
    await note.getByRole('button', { name: '改为按表单生成' }).click()
    await expect.poll(paperText).toContain('联系电话：0571-86012345')
    expect(await note.count()).toBe(0)
    await page.keyboard.press('Control+z')
    await expect.poll(() => note.count()).toBe(1)
  })
})
