// 为 README 拍一张编辑界面的截图（docs/screenshot.png，< 300 KB）：npx tsx test/e2e/readme-screenshot.ts
import { statSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { serializeProject } from '../../core/project/project-file'
import { sampleNotice } from '../support/sample-notice'
import { launchBrowser } from './support/browser'
import { openProjectFile } from './support/user'
import { startWebServer } from './support/web-server'

const OUT = resolve(import.meta.dirname, '../../docs/screenshot.png')
const LIMIT = 300 * 1024

const server = await startWebServer()
const browser = await launchBrowser()
try {
  const page = await browser.context.newPage()
  await page.setViewportSize({ width: 1280, height: 760 })
  await page.goto(server.url)
  await openProjectFile(page, '青山县委巡视整改通报.tongbao', serializeProject(sampleNotice()))
  // 滚到逐条整改，光标放在一个问题上（显示它的类别与状态选择）
  const problem = page.locator('.item.role-problem .item-title').first()
  await problem.scrollIntoViewIfNeeded()
  await problem.click()
  await page.keyboard.press('End')
  await page.locator('.desk').evaluate((el) => el.scrollBy(0, -120))
  await page.waitForTimeout(400)
  const png = await page.screenshot({ type: 'png' })
  writeFileSync(OUT, png)
  const size = statSync(OUT).size
  console.log(`${OUT}: ${(size / 1024).toFixed(0)} KB`)
  if (size > LIMIT) throw new Error(`截图超过 300 KB（${size} 字节）`)
} finally {
  await browser.close()
  await server.close()
}
