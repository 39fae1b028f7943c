// 导入真实通报（样例）、从 Word/网页粘贴（续报与新一轮见 next-round.test.ts）：用户看到的是结构化的通报，而不是一堆文字。
import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { seedsExpected, seedText } from '../support/seeds'
import { useApp } from './support/app'
import { axeViolations } from './support/axe'
import { eventually, outlineItems, screenshot } from './support/user'

let page: Page
const SEED = '001_a2fdee0aed3fff2e.txt' // 有完整标题与轮次的巡视通报
const expected = () => seedsExpected().seeds[SEED] as { title: string; inspection_round: string }

const app = useApp({}, (p) => (page = p))

async function chooseFile(button: string, name: string, text: string) {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: button }).click()])
  await chooser.setFiles({ name, mimeType: 'text/plain', buffer: Buffer.from(text, 'utf8') })
}

const paperText = () => page.getByRole('article', { name: '通报正文' }).innerText()

describe('导入', () => {
  let imported: string[]

  it('导入一份样例通报：标题、条目和编号都识别出来', async () => {
    await chooseFile('导入 Word / 文本 / 网页…', 'seed.txt', seedText(SEED))
    await expect.poll(paperText, { timeout: 20_000 }).toContain(expected().title)
    imported = await eventually(
      () => outlineItems(page, '逐条整改'),
      (l) => l.length > 0,
    )
    expect(imported.length).toBeGreaterThan(3)
    expect(imported[0]).toMatch(/^[一（]/)
    await screenshot(page, '08-imported')
    expect(await axeViolations(page)).toEqual([])
  })

  it('粘贴 Word/网页内容：保留文字与序号结构，丢弃样式和脚本', async () => {
    await page.goto(app.url)
    await page.getByRole('button', { name: '新建巡察整改通报' }).click()
    await page.getByRole('button', { name: '＋ 添加第一个方面' }).click()
    const html = `<html><head><style>p{color:red}</style><script>window.__pasted = 1</script></head><body>
      <p class="MsoNormal" style="font-family:仿宋_GB2312"><b>一、关于落实管党治党责任方面</b></p>
      <p style="text-indent:2em">（一）主体责任压得不实的问题</p>
      <p>1.<span style="color:blue">压实责任。</span>制定责任清单，逐级签订责任书。</p>
      <img src="x" onerror="window.__pasted = 2">
      <p>二、关于作风建设方面</p></body></html>`
    await page.getByRole('textbox', { name: '逐条整改（正文编辑区）' }).evaluate((el, h) => {
      const data = new DataTransfer()
      data.setData('text/html', h)
      data.setData('text/plain', '')
      // 与 Chromium 粘贴时发出的事件相同：Slate 在 beforeinput（insertFromPaste）里读取剪贴板。
      el.dispatchEvent(new InputEvent('beforeinput', { inputType: 'insertFromPaste', dataTransfer: data, bubbles: true, cancelable: true }))
    }, html)
    await expect
      .poll(() => outlineItems(page, '逐条整改'))
      .toEqual(['一、关于落实管党治党责任方面', '（一）主体责任压得不实的问题', '1.压实责任。', '二、关于作风建设方面'])
    const editor = page.getByRole('textbox', { name: '逐条整改（正文编辑区）' })
    expect(await editor.innerText()).toContain('制定责任清单，逐级签订责任书。')
    expect(await editor.locator('[style*="color"], img, script, b').count()).toBe(0)
    expect(await page.evaluate(() => (window as unknown as { __pasted?: number }).__pasted)).toBeUndefined()
  })

  it('打开损坏的工程文件：给出中文说明，不崩溃，仍可继续使用', async () => {
    await page.goto(app.url)
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: '打开…' }).click()])
    await chooser.setFiles({
      name: '损坏.tongbao',
      mimeType: 'application/json',
      buffer: Buffer.from('{"format":"tongbao","formatVersion":1,"notice":', 'utf8'),
    })
    const alert = page.getByRole('alert')
    await expect.poll(() => alert.innerText()).toContain('文件已损坏或不完整')
    expect(await alert.innerText()).not.toMatch(/SyntaxError|undefined|Error:/)
    await page.getByRole('button', { name: '新建巡视整改通报' }).click()
    await expect.poll(() => page.getByRole('article', { name: '通报正文' }).isVisible()).toBe(true)
  })
})
