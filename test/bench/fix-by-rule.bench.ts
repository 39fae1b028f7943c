// 检查面板“一键修正”（issue #10）：在最大样例上点击 → 半角标点一组消失、正文改好并绘制出来；撤销（Ctrl+Z）→ 恢复并绘制。
// 对照：同一次运行中的 slate-react 对照页（只有编辑器、同样的段落），以一次 Slate 修改做同样的半角→全角替换及撤销。
// 通报一侧多出的是：成批修正的多轮校验、写回编辑器、增量校验、检查面板与大纲、状态栏的重绘。
import type { Page } from 'playwright-core'
import { launchBrowser } from '../e2e/support/browser'
import { startWebServer } from '../e2e/support/web-server'
import { largestSeed, seedText } from '../support/seeds'
import type { BenchOptions, BenchRow } from './harness'
import { PLAIN_URL, servePlainSlatePage } from './support/plain-slate-server'

export const inQuick = true

const GROUP = '[aria-label^="半角标点 "][aria-label$=" 处"]'

/** 从 start() 之后到 done() 成立、并画出那一帧为止（rAF 之后的下一个任务）。start 在页面里调用，done 每帧检查一次。 */
function timeToPaint(page: Page, trigger: 'click' | 'call', doneWhenGone: boolean): Promise<void> {
  return page.evaluate(
    ({ trigger, gone, group }) => {
      const w = window as unknown as { __t: number | null; __begin(t0: number): void; __measure: number }
      w.__t = null
      // 每次测量一个编号：上一次测量留下的逐帧检查（例如另一个触发方式的监听）见到编号变了就停下，不再写 __t、不再占帧
      const id = (w.__measure = (w.__measure ?? 0) + 1)
      const HALF = /\p{Script=Han}[,;:!?]|[,;:!?]\p{Script=Han}/u
      const editorText = () => Array.from(document.querySelectorAll('[data-slate-editor]'), (e) => e.textContent).join('\n')
      const done = () => (group ? (document.querySelector(group) === null) === gone : true) && HALF.test(editorText()) !== gone
      const begin = (t0: number) => {
        const check = () => {
          if (w.__measure !== id) return
          if (done()) requestAnimationFrame(() => setTimeout(() => w.__measure === id && (w.__t = performance.now() - t0), 0))
          else requestAnimationFrame(check)
        }
        requestAnimationFrame(check)
      }
      w.__begin = begin
      if (trigger === 'click') {
        // 点击或按键，先到的一个开始计时；另一个的监听随之撤掉（留着的话会在下一次测量时再开一个计时）
        const stop = new AbortController()
        const start = (e: Event) => {
          stop.abort()
          begin(e.timeStamp)
        }
        document.addEventListener('click', start, { capture: true, signal: stop.signal })
        document.addEventListener('keydown', start, { capture: true, signal: stop.signal })
      }
    },
    { trigger, gone: doneWhenGone, group: trigger === 'click' ? GROUP : null },
  )
}

async function elapsed(page: Page): Promise<number> {
  await page.waitForFunction(() => (window as unknown as { __t: number | null }).__t !== null, undefined, { timeout: 120_000, polling: 50 })
  return page.evaluate(() => (window as unknown as { __t: number }).__t)
}

const median = (v: number[]) => [...v].sort((a, b) => a - b)[v.length >> 1]!

export async function run({ quick }: BenchOptions): Promise<BenchRow[]> {
  const server = await startWebServer()
  const browser = await launchBrowser()
  const rounds = quick ? 3 : 7
  try {
    await servePlainSlatePage(browser.context)
    await browser.context.addInitScript({ content: 'globalThis.__name = (f) => f' })
    const page = await browser.context.newPage()
    await page.setViewportSize({ width: 1400, height: 900 })
    const seed = largestSeed()
    await page.goto(server.url)
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      page.getByRole('button', { name: '导入 Word / 文本 / 网页…' }).click(),
    ])
    await chooser.setFiles({ name: seed, mimeType: 'text/plain', buffer: Buffer.from(seedText(seed), 'utf8') })
    await page.locator('.section-editor[data-section="rectification"] .item').first().waitFor()
    await page.getByRole('tab', { name: /检查/ }).click()
    const group = page.locator(GROUP)
    await group.waitFor()
    const findings = (await page.getByRole('button', { name: /^检查 / }).innerText()).replace(/\s+/g, ' ')
    const fixes = Number(/（(\d+) 处）/.exec(await page.getByRole('button', { name: /^一键修正/ }).innerText())?.[1])
    const paragraphs = await page.evaluate(() =>
      Array.from(document.querySelectorAll('[data-slate-node="element"]'))
        .filter((el) => !el.querySelector('[data-slate-node="element"]'))
        .map((el) => Array.from(el.querySelectorAll('[data-slate-string]'), (s) => s.textContent).join('')),
    )

    const ours = { fix: [] as number[], undo: [] as number[] }
    const anchor = { fix: [] as number[], undo: [] as number[], replaced: 0 }
    const plain = await browser.context.newPage()
    await plain.goto(PLAIN_URL)
    await plain.evaluate((p) => window.mountPlain(p, false), paragraphs)
    await plain.locator('[data-slate-editor]').waitFor()
    // 交替：通报一轮、对照一轮，机器负载的起伏落在两边
    for (let r = 0; r < rounds; r++) {
      // 两页各占一个窗口：用过对照页之后，无头 Chromium 几乎不再给通报这一页出帧（追踪里 2 秒只有一帧，页面闲着），
      // 量到的就成了等帧的时间（第二轮起约 2000 ms，第一轮 230 ms）。用户面前只有一个窗口：量哪页就先把哪页放到前面。
      await page.bringToFront()
      await timeToPaint(page, 'click', true)
      await page.getByRole('button', { name: /^一键修正/ }).click()
      ours.fix.push(await elapsed(page))
      await timeToPaint(page, 'click', false)
      await page.keyboard.press('Control+Z')
      ours.undo.push(await elapsed(page))

      await plain.bringToFront()
      await timeToPaint(plain, 'call', true)
      anchor.replaced = await plain.evaluate(() => {
        const t0 = performance.now()
        const n = window.fixPlain()
        ;(window as unknown as { __begin(t0: number): void }).__begin(t0)
        return n
      })
      anchor.fix.push(await elapsed(plain))
      await timeToPaint(plain, 'call', false)
      await plain.evaluate(() => {
        const t0 = performance.now()
        window.undoPlain()
        ;(window as unknown as { __begin(t0: number): void }).__begin(t0)
      })
      anchor.undo.push(await elapsed(plain))
    }
    const row = (name: string, o: number[], a: number[]): BenchRow => ({
      name,
      medianMs: median(o),
      note: `对照页（slate-react，同样的段落，一次 Slate 修改）${median(a).toFixed(1)} ms（${(median(o) / median(a)).toFixed(2)}×）；${rounds} 轮交替，各轮 ${Math.min(...o).toFixed(0)}–${Math.max(...o).toFixed(0)} ms`,
    })
    const size = `最大样例 ${seed.slice(0, 3)}，${paragraphs.join('').length} 字，${findings.replace(/^检查 /, '')}`
    return [
      row(`一键修正：点击→绘制（${size}，改 ${fixes} 处；对照改 ${anchor.replaced} 处）`, ours.fix, anchor.fix),
      row(`撤销一键修正：Ctrl+Z→绘制（${size}）`, ours.undo, anchor.undo),
    ]
  } finally {
    await browser.close()
    await server.close()
  }
}
