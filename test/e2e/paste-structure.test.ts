// 粘贴带序号的文字（#9）：结构由 core 的条目解析得出，接到光标所在条目的层级上；键入的序号不留在文字里，
// 编号照位置推导。一次 Ctrl+Z 撤回整个粘贴。剪贴板是真的：写入系统剪贴板后在编辑器里按 Ctrl+V。
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { useApp } from './support/app'
import { outlineItems, screenshot, typeItemChain } from './support/user'

let page: Page

useApp({ newNotice: '巡视', clipboard: true }, (p) => (page = p))

const rectification = () => page.getByRole('textbox', { name: '逐条整改（正文编辑区）' })
const organization = () => page.getByRole('textbox', { name: '组织情况（正文编辑区）' })

/** 把文字放上系统剪贴板，在光标处 Ctrl+V。 */
async function paste(text: string): Promise<void> {
  await page.evaluate((t) => navigator.clipboard.writeText(t), text)
  await page.keyboard.press('Control+V')
}

const BEFORE = ['一、关于政治建设方面', '（一）学习不深入的问题', '1.健全学习制度。']
/** 信息面板里“当前条目”一行：角色、推导编号与标题（跟随编辑器里的光标）。 */
const currentItem = () => page.locator('.current-item').innerText()

describe('粘贴带序号的文字', () => {
  it('光标在“（一）”问题里粘贴“（二）……1.……2.……”：“（二）”成为它之后的同级问题，编号照位置推导', async () => {
    await typeItemChain(page, ['关于政治建设方面', '学习不深入的问题', '健全学习制度。'])
    await expect.poll(() => outlineItems(page, '逐条整改')).toEqual(BEFORE)

    // 光标放回“（一）”的标题里（它下面已有措施：粘贴的条目排在它的整个下级之后，不抢走这条措施）
    await rectification().getByText('学习不深入的问题').click()
    await expect.poll(currentItem).toMatch(/问题\s*（一）学习不深入的问题/)
    await paste('（二）制度执行不严的问题\n1.修订学习制度。\n2.开展专项检查，整改问题8个。')
    await expect
      .poll(() => outlineItems(page, '逐条整改'))
      .toEqual([...BEFORE, '（二）制度执行不严的问题', '1.修订学习制度。', '2.开展专项检查，整改问题8个。'])
    // 纸面上是推导的编号，粘贴的序号没有留在文字里（否则会显示“（二）（二）”）
    expect(await rectification().innerText()).not.toMatch(/（二）\s*（二）|1\.\s*1\./)
    // 光标停在粘贴的最后一条；“（二）”是问题（与“（一）”同为问题，可填整改状态）
    await expect.poll(currentItem).toMatch(/措施\s*2\.开展专项检查/)
    await screenshot(page, '09-paste-structure')
    await rectification().getByText('制度执行不严的问题').click()
    await expect.poll(currentItem).toMatch(/问题\s*（二）制度执行不严的问题/)
  })

  it('一次 Ctrl+Z 撤回整个粘贴', async () => {
    await page.keyboard.press('Control+Z')
    await expect.poll(() => outlineItems(page, '逐条整改')).toEqual(BEFORE)
    expect(await rectification().innerText()).not.toContain('制度执行不严')
    await screenshot(page, '09-paste-structure-undone')
  })

  it('没有序号的一句话照文字粘贴进当前段落，不新建条目', async () => {
    await rectification().getByText('健全学习制度。').click()
    await expect.poll(currentItem).toMatch(/措施\s*1\.健全学习制度/)
    await page.keyboard.press('End')
    await page.keyboard.type('（')
    await paste('补充说明）')
    await expect.poll(() => outlineItems(page, '逐条整改')).toEqual([...BEFORE.slice(0, 2), '1.健全学习制度。（补充说明）'])
    const blocks = () => organization().locator('[data-slate-node="element"]').count()
    const before = await blocks()
    await organization().locator('[data-slate-node="element"]').last().click()
    await page.keyboard.press('Control+End')
    await page.keyboard.type('以上情况')
    await paste('特此说明')
    await expect.poll(() => organization().innerText()).toContain('以上情况特此说明')
    expect(await blocks()).toBe(before)
  })
})
