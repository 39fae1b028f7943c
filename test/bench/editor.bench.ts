// 编辑器基准（Playwright 驱动的真实 Chromium）：按键到绘制的延迟（最大样例规模、50 万字规模）、打开最大样例的时间、JS 堆内存。
import type { Page } from 'playwright-core'
import { Item, type Notice, RichText } from '../../core/model'
import { serializeProject } from '../../core/project/project-file'
import { createNotice } from '../../core/template/new-notice'
import { launchBrowser } from '../e2e/support/browser'
import { startWebServer } from '../e2e/support/web-server'
import { largestSeed, seedText } from '../support/seeds'
import type { BenchRow } from './harness'

const KEYSTROKES = 120

/** 自拟的通报内容（不取自样例），重复到给定字数。 */
export function largeNotice(targetChars: number): Notice {
  const n = createNotice('巡视', { issuer: { fullName: '中共青山县委', shortName: '青山县委' }, roundLabel: '十五届省委第三轮', inspectionGroup: '省委第五巡视组' })
  const body = '围绕问题清单逐项制定整改措施，明确责任领导、责任单位和完成时限，实行销号管理，每月调度一次整改进度，对进度滞后的及时督促提醒，确保整改落到实处、见到实效。'
  let chars = 0
  let a = 0
  while (chars < targetChars) {
    a++
    const problems = Array.from({ length: 6 }, (_, p) =>
      Item.create('problem', `第${a}方面第${p + 1}个问题的表述`, {
        runIn: false,
        status: '持续推进',
        children: Array.from({ length: 4 }, (_, m) => Item.create('measure', `整改措施${m + 1}。`, { body: RichText.of(body, body) })),
      }),
    )
    n.rectification.items.push(Item.create('aspect', `关于第${a}个方面的问题`, { runIn: false, children: problems }))
    chars += 6 * 4 * (body.length * 2 + 6) + 6 * 12 + 10
  }
  return n
}

async function chooseFile(page: Page, button: string, name: string, bytes: Buffer) {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: button }).click()])
  await chooser.setFiles({ name, mimeType: 'application/octet-stream', buffer: bytes })
}

interface Latencies {
  /** beforeinput 事件产生 → 其后第一帧绘制完成（rAF 之后的下一个任务）。含等待下一帧的时间（60 Hz 下最多约 16.7 ms）。 */
  paint: number[]
  /** beforeinput 事件产生 → 脚本处理与 React 提交完成、并完成样式与排版（不含等帧与绘制）。 */
  layout: number[]
}

async function keystrokeLatency(page: Page): Promise<Latencies> {
  const body = page.locator('.section-editor[data-section="rectification"] .body')
  const count = await body.count()
  await body.nth(Math.floor(count / 2)).click()
  await page.keyboard.press('End')
  await page.evaluate(() => {
    const w = window as unknown as { __lat: number[]; __layout: number[] }
    w.__lat = []
    w.__layout = []
    document.addEventListener(
      'beforeinput',
      (e) => {
        const start = e.timeStamp
        const target = e.target as HTMLElement
        requestAnimationFrame(() => setTimeout(() => w.__lat.push(performance.now() - start), 0))
        // 下一个任务在本次事件的微任务（Slate 的 onChange、React 的同步提交）之后运行；读一次尺寸强制完成样式与排版。
        const ch = new MessageChannel()
        ch.port1.onmessage = () => {
          void target.getBoundingClientRect().height
          w.__layout.push(performance.now() - start)
        }
        ch.port2.postMessage(null)
      },
      { capture: true },
    )
  })
  const text = '整改落实情况良好持续巩固提升成效'
  for (let i = 0; i < KEYSTROKES; i++) {
    await page.keyboard.type(i % 10 === 9 ? 'a' : text[i % text.length]!)
    await page.waitForTimeout(25)
  }
  await page.waitForTimeout(300)
  const { paint, layout } = await page.evaluate(() => {
    const w = window as unknown as { __lat: number[]; __layout: number[] }
    return { paint: w.__lat, layout: w.__layout }
  })
  return { paint: paint.slice(10), layout: layout.slice(10) } // 去掉预热
}

function stats(values: number[]): { medianMs: number; p95Ms: number } {
  const s = [...values].sort((x, y) => x - y)
  return { medianMs: s[Math.floor(s.length / 2)]!, p95Ms: s[Math.min(s.length - 1, Math.ceil(s.length * 0.95) - 1)]! }
}

async function heapMb(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('HeapProfiler.collectGarbage')
  const { usedSize } = await cdp.send('Runtime.getHeapUsage')
  await cdp.detach()
  return usedSize / 1048576
}

async function characters(page: Page): Promise<number> {
  return page.evaluate(() => Array.from(document.querySelectorAll('.section-editor')).reduce((n, el) => n + (el.textContent ?? '').length, 0))
}

export async function run(): Promise<BenchRow[]> {
  const rows: BenchRow[] = []
  const server = await startWebServer()
  const browser = await launchBrowser()
  try {
    const page = await browser.context.newPage()
    page.on('dialog', (d) => void d.accept())
    const seed = largestSeed()
    const seedBytes = Buffer.from(seedText(seed), 'utf8')

    // 打开最大的样例（导入 .txt：解析、建模、渲染到可编辑）
    const openTimes: number[] = []
    for (let i = 0; i < 5; i++) {
      await page.goto(server.url)
      const t0 = Date.now()
      await chooseFile(page, '导入 Word / 文本 / 网页…', seed, seedBytes)
      await page.locator('.section-editor[data-section="rectification"] .item').first().waitFor()
      openTimes.push(Date.now() - t0)
    }
    const seedChars = await characters(page)
    rows.push({ name: `打开最大样例（${seed.slice(0, 3)}，${seedChars} 字）`, ...stats(openTimes), note: `${openTimes.length} 次` })
    const seedLat = await keystrokeLatency(page)
    rows.push({ name: `按键到绘制（最大样例规模）`, ...stats(seedLat.paint), targetMs: 16, targetOn: 'p95', note: `${seedLat.paint.length} 次按键；含等帧` })
    rows.push({ name: `按键到排版完成（最大样例规模）`, ...stats(seedLat.layout), targetMs: 16, targetOn: 'p95', note: '不含等帧与绘制' })
    rows.push({ name: 'JS 堆（最大样例，GC 后）', medianMs: await heapMb(page), unit: 'MB' })

    // 50 万字的通报（自拟内容），以 .tongbao 打开
    const big = serializeProject(largeNotice(500_000))
    await page.goto(server.url)
    const t0 = Date.now()
    await chooseFile(page, '打开…', 'large.tongbao', Buffer.from(big, 'utf8'))
    await page.locator('.section-editor[data-section="rectification"] .item').first().waitFor()
    const openBig = Date.now() - t0
    const bigChars = await characters(page)
    rows.push({ name: `打开 ${Math.round(bigChars / 10000)} 万字的工程文件`, medianMs: openBig, note: '1 次' })
    const bigLat = await keystrokeLatency(page)
    rows.push({ name: `按键到绘制（${Math.round(bigChars / 10000)} 万字）`, ...stats(bigLat.paint), targetMs: 33, targetOn: 'p95', note: `${bigLat.paint.length} 次按键；含等帧` })
    rows.push({ name: `按键到排版完成（${Math.round(bigChars / 10000)} 万字）`, ...stats(bigLat.layout), targetMs: 33, targetOn: 'p95', note: '不含等帧与绘制' })
    rows.push({ name: `JS 堆（${Math.round(bigChars / 10000)} 万字，GC 后）`, medianMs: await heapMb(page), unit: 'MB' })
  } finally {
    await browser.close()
    await server.close()
  }
  return rows
}
