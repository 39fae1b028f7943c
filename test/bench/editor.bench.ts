// 编辑器基准（Playwright 驱动的真实 Chromium）：与同一次运行中只有 slate-react 0.146 的对照页（同样的文字）交替比较，
// 最大样例规模与 50 万字规模各若干轮：打开时间、按键到排版/绘制的延迟、帧内完成的比例、
// 打字时最长的主线程任务（CDP 追踪，墙钟时长与线程 CPU 时间）、JS 堆。两边在同一段里打字。
import type { CDPSession, Locator, Page } from 'playwright-core'
import { Item, type Notice, RichText } from '../../core/model'
import { serializeProject } from '../../core/project/project-file'
import { createNotice } from '../../core/template/new-notice'
import { launchBrowser } from '../e2e/support/browser'
import { startWebServer } from '../e2e/support/web-server'
import { largestSeed, seedText } from '../support/seeds'
import type { BenchOptions, BenchRow } from './harness'
import { PLAIN_URL, servePlainSlatePage } from './support/plain-slate-server'

export const inQuick = true

/** 自拟的通报内容（不取自样例），重复到给定字数。 */
export function largeNotice(targetChars: number): Notice {
  const n = createNotice('巡视', {
    issuer: { fullName: '中共青山县委', shortName: '青山县委' },
    roundLabel: '十五届省委第三轮',
    inspectionGroup: '省委第五巡视组',
  })
  const body =
    '围绕问题清单逐项制定整改措施，明确责任领导、责任单位和完成时限，实行销号管理，每月调度一次整改进度，对进度滞后的及时督促提醒，确保整改落到实处、见到实效。'
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

/** 编辑区里的文字，逐段（叶子元素）取 Slate 的文字节点，不含编号等不可编辑的装饰。 */
/**
 * 编辑区里的全部段落（不含下级元素的 Slate 元素）的文字，对照页按这个列表逐段挂载；以及要打字的那一段在其中排第几。
 */
async function editorParagraphs(page: Page, target: Locator): Promise<{ texts: string[]; targetIndex: number }> {
  const handle = await target.elementHandle()
  return page.evaluate((el) => {
    const leaves = Array.from(document.querySelectorAll('[data-slate-node="element"]')).filter(
      (e) => !e.querySelector('[data-slate-node="element"]'),
    )
    return {
      texts: leaves.map((e) => Array.from(e.querySelectorAll('[data-slate-string]'), (s) => s.textContent).join('')),
      targetIndex: leaves.indexOf(el!),
    }
  }, handle)
}

interface OpenWatch {
  count: number
  lastText: string
  /** 'change'：从文件选择框的 change 事件算起（通报）；否则立即开始并挂载对照页 */
  mount?: { paragraphs: string[]; chunked: boolean }
}

/**
 * 打开时间：起点之后，最后一段的文字出现在编辑区、并画出那一帧为止（rAF 之后的下一个任务）。
 * 起点：通报为文件选择框的 change 事件（含读文件、解析、校验、首次渲染）；对照页为调用挂载之前。
 */
function watchOpen(page: Page, watch: OpenWatch): Promise<void> {
  return page.evaluate((w) => {
    const win = window as unknown as { __open: number | null; mountPlain(p: string[], c: boolean): void }
    win.__open = null
    const textOf = (el: Element) => Array.from(el.querySelectorAll('[data-slate-string]'), (s) => s.textContent).join('')
    const begin = (t0: number) => {
      const check = () => {
        const els = document.querySelectorAll('[data-slate-node="element"]')
        const last = els[els.length - 1]
        if (els.length >= w.count && last && textOf(last) === w.lastText)
          requestAnimationFrame(() => setTimeout(() => (win.__open = performance.now() - t0), 0))
        else requestAnimationFrame(check)
      }
      check()
    }
    if (!w.mount) document.addEventListener('change', () => begin(performance.now()), { capture: true, once: true })
    else {
      begin(performance.now())
      win.mountPlain(w.mount.paragraphs, w.mount.chunked)
    }
  }, watch)
}

async function openedMs(page: Page): Promise<number> {
  await page.waitForFunction(() => (window as unknown as { __open: number | null }).__open !== null, undefined, {
    timeout: 120_000,
    polling: 50,
  })
  return page.evaluate(() => (window as unknown as { __open: number }).__open)
}

interface Typing {
  /** beforeinput 事件产生 → 其后第一帧绘制完成（rAF 之后的下一个任务）。含等待下一帧的时间（60 Hz 下最多约 16.7 ms）。 */
  paint: number[]
  /** beforeinput 事件产生 → 脚本处理与 React 提交完成、并完成样式与排版（不含等帧与绘制）。 */
  layout: number[]
  /** 每次按键 1/0：排版在事件所在帧的下一个帧边界之前完成（帧网格取自持续运行的 rAF，60 Hz） */
  onTime: number[]
  /** 打字期间（预热的按键之后，含停手后的防抖同步与自动保存）渲染主线程上最长的任务，CDP 追踪 */
  longestTaskMs: number
  /**
   * 同一段时间里线程 CPU 时间（追踪事件的 tdur）最长的任务用了多少 CPU。两核的机器上浏览器、合成线程与驱动它的 Node
   * 争抢 CPU：主线程在任务中途被挂起的那段时间算进墙钟时长，不算进这里。两个数一起看：墙钟是用户等的，CPU 是页面自己的活。
   */
  longestTaskCpuMs: number
}

/** 追踪 fn 期间渲染主线程上的任务：最长的墙钟时长与最长的线程 CPU 时间（毫秒）。 */
async function longestMainThreadTask(cdp: CDPSession, fn: () => Promise<void>): Promise<{ wallMs: number; cpuMs: number }> {
  const events: {
    name: string
    ph: string
    pid: number
    tid: number
    dur?: number
    tdur?: number
    args?: { name?: string; data?: { type?: string } }
  }[] = []
  cdp.on('Tracing.dataCollected', (p) => events.push(...(p.value as unknown as typeof events)))
  const complete = new Promise((r) => cdp.once('Tracing.tracingComplete', r))
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] },
    transferMode: 'ReportEvents',
  })
  await fn()
  await cdp.send('Tracing.end')
  await complete
  // 按键事件所在的进程的 CrRendererMain 线程就是这一页的主线程。
  const input = events.find((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'keydown')
  const main = events.find((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && e.pid === input?.pid)
  if (!main) throw new Error('追踪里找不到页面的主线程')
  const tasks = events.filter((e) => e.name === 'RunTask' && e.ph === 'X' && e.pid === main.pid && e.tid === main.tid)
  // 没有线程时间的平台（追踪里不带 tdur）记为 NaN，表里显示出来而不是当成 0。
  const cpu = tasks.some((e) => e.tdur !== undefined) ? Math.max(0, ...tasks.map((e) => (e.tdur ?? 0) / 1000)) : NaN
  return { wallMs: Math.max(0, ...tasks.map((e) => (e.dur ?? 0) / 1000)), cpuMs: cpu }
}

/** 开头这么多下按键算预热：不计入延迟与最长任务 */
const WARM_KEYS = 10

/**
 * 第 i 下按键后多等的时间（0 到一帧之间，两页同一序列）。固定的 25 ms 间隔会与 60 Hz 的帧格对上某个相位：
 * 各轮按键落在帧里的位置各不相同（有的轮多落在帧尾），“帧内完成”的比例随之摆动，量的是相位而不是页面。
 * 按黄金分割数列错开，每一轮的按键都均匀落在帧里各处。
 */
const framePhase = (i: number) => ((i * 0.6180339887) % 1) * (1000 / 60)

/** 打字的段落：通报的整改部分正文里居中的一段；对照页是同一段（在全部段落里的同一位置、同样的文字）。 */
const OURS_TARGET = '.section-editor[data-section="rectification"] .body'
const oursTarget = async (page: Page) => {
  const bodies = page.locator(OURS_TARGET)
  return bodies.nth(Math.floor((await bodies.count()) / 2))
}

async function type(page: Page, target: Locator, keystrokes: number): Promise<Typing> {
  await target.click()
  await page.keyboard.press('End')
  await page.evaluate(() => {
    const w = window as unknown as { __lat: number[]; __layout: number[]; __onTime: number[]; __frame: number }
    w.__lat = []
    w.__layout = []
    w.__onTime = []
    const frame = (t: number) => {
      w.__frame = t
      requestAnimationFrame(frame)
    }
    requestAnimationFrame(frame)
    const FRAME = 1000 / 60
    document.addEventListener(
      'beforeinput',
      (e) => {
        const start = e.timeStamp
        const target = e.target as HTMLElement
        const boundary = w.__frame + Math.max(1, Math.ceil((start - w.__frame) / FRAME)) * FRAME
        requestAnimationFrame(() => setTimeout(() => w.__lat.push(performance.now() - start), 0))
        // 下一个任务在本次事件的微任务（Slate 的 onChange、React 的同步提交）之后运行；读一次尺寸强制完成样式与排版。
        const ch = new MessageChannel()
        ch.port1.onmessage = () => {
          void target.getBoundingClientRect().height
          const done = performance.now()
          w.__layout.push(done - start)
          w.__onTime.push(done <= boundary ? 1 : 0)
        }
        ch.port2.postMessage(null)
      },
      { capture: true },
    )
  })
  const cdp = await page.context().newCDPSession(page)
  const text = '整改落实情况良好持续巩固提升成效'
  const key = async (i: number) => {
    await page.keyboard.type(i % 10 === 9 ? 'a' : text[i % text.length]!)
    await page.waitForTimeout(25 + framePhase(i))
  }
  // 预热的按键（两边的第一下都有脚本编译）不计入最长任务，与下面的延迟统计一样去掉。
  for (let i = 0; i < WARM_KEYS; i++) await key(i)
  const longest = await longestMainThreadTask(cdp, async () => {
    for (let i = WARM_KEYS; i < keystrokes; i++) await key(i)
    await page.waitForTimeout(1000) // 停手后的防抖同步、校验、自动保存也算在内：用户下一次按键会排在它们后面
  })
  await cdp.detach()
  const r = await page.evaluate(() => {
    const w = window as unknown as { __lat: number[]; __layout: number[]; __onTime: number[] }
    return { paint: w.__lat, layout: w.__layout, onTime: w.__onTime }
  })
  return {
    paint: r.paint.slice(WARM_KEYS),
    layout: r.layout.slice(WARM_KEYS),
    onTime: r.onTime.slice(WARM_KEYS),
    longestTaskMs: longest.wallMs,
    longestTaskCpuMs: longest.cpuMs,
  }
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

interface Side {
  label: string
  open: number[]
  typing: Typing[]
  /** 打开后、打字前（打字时开着 CDP 追踪，之后的堆不代表文档本身） */
  heap: number[]
}

const newSide = (label: string): Side => ({ label, open: [], typing: [], heap: [] })
const median = (v: number[]) => {
  const s = [...v].sort((a, b) => a - b)
  const m = s.length >> 1
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2
}
const range = (v: number[], digits = 0) => `${Math.min(...v).toFixed(digits)}–${Math.max(...v).toFixed(digits)}`

/** 一种规模的几行：通报一侧的数值，旁边是各对照页的数值与比值（通报/对照），以及各轮的分布。 */
function compareRows(size: string, ours: Side, anchors: Side[], rounds: number): BenchRow[] {
  const rows: BenchRow[] = []
  // 对照为 0（例如 50 万字的对照页没有一键在帧内完成）时比值没有意义，不印“Infinity×”
  const ratio = (x: number, y: number) => (y === 0 ? '—' : `${(x / y).toFixed(2)}×`)
  const vs = (f: (s: Side) => number, digits = 1, unit = ' ms') =>
    anchors.map((a) => `${a.label} ${f(a).toFixed(digits)}${unit}（${ratio(f(ours), f(a))}）`).join('；')
  const pooled = (s: Side, k: 'layout' | 'paint') => stats(s.typing.flatMap((t) => t[k]))
  const perRound = (s: Side, k: 'layout' | 'paint', q: 'medianMs' | 'p95Ms') => s.typing.map((t) => stats(t[k])[q])
  rows.push({
    name: `打开（${size}）`,
    medianMs: median(ours.open),
    note: `对照：${vs((s) => median(s.open), 0)}；各轮 ${range(ours.open)} ms；每次在新标签页里打开`,
  })
  for (const k of ['layout', 'paint'] as const) {
    const name = k === 'layout' ? '按键→排版完成' : '按键→绘制（含等帧）'
    const o = pooled(ours, k)
    rows.push({
      name: `${name}（${size}）`,
      ...o,
      note:
        `对照 p50/p95：${anchors.map((a) => `${a.label} ${pooled(a, k).medianMs.toFixed(1)}/${pooled(a, k).p95Ms.toFixed(1)} ms（${(o.medianMs / pooled(a, k).medianMs).toFixed(2)}×/${(o.p95Ms / pooled(a, k).p95Ms).toFixed(2)}×）`).join('；')}` +
        `；各轮 p95 ${range(perRound(ours, k, 'p95Ms'), 1)} ms，对照 ${anchors.map((a) => range(perRound(a, k, 'p95Ms'), 1)).join('、')} ms`,
    })
  }
  const onTime = (s: Side) =>
    (100 * s.typing.flatMap((t) => t.onTime).reduce((a, b) => a + b, 0)) / s.typing.flatMap((t) => t.onTime).length
  const onTimePerRound = (s: Side) => s.typing.map((t) => (100 * t.onTime.reduce((a, b) => a + b, 0)) / t.onTime.length)
  rows.push({
    name: `帧内完成的按键（${size}）`,
    medianMs: onTime(ours),
    unit: '%',
    note: `对照：${vs(onTime, 1, ' %')}；各轮 ${range(onTimePerRound(ours))} %，对照 ${anchors.map((a) => range(onTimePerRound(a))).join('、')} %`,
  })
  for (const [k, name, what] of [
    ['longestTaskMs', '打字时最长的主线程任务', '墙钟时长'],
    ['longestTaskCpuMs', '打字时最长任务的 CPU 时间', '线程 CPU 时间，不含任务中途被挂起的时间'],
  ] as const) {
    const longest = (s: Side) => median(s.typing.map((t) => t[k]))
    rows.push({
      name: `${name}（${size}）`,
      medianMs: longest(ours),
      note: `${what}，各轮中位数；对照：${vs(longest)}；各轮 ${range(
        ours.typing.map((t) => t[k]),
        1,
      )} ms（目标 ≤ 16 ms）`,
    })
  }
  rows.push({
    name: `JS 堆（${size}，打开后 GC）`,
    medianMs: median(ours.heap),
    unit: 'MB',
    note: `对照：${vs((s) => median(s.heap), 1, ' MB')}；${rounds} 轮交替`,
  })
  return rows
}

export async function run({ quick }: BenchOptions): Promise<BenchRow[]> {
  const rows: BenchRow[] = []
  const server = await startWebServer()
  const browser = await launchBrowser()
  const rounds = quick ? 2 : 5
  const keystrokes = quick ? 60 : 120
  try {
    await servePlainSlatePage(browser.context)
    // tsx 为保留函数名，在传给 page.evaluate 的函数里嵌套的具名函数外包了 __name(…)；页面里没有它，给一个原样返回的。
    await browser.context.addInitScript({ content: 'globalThis.__name = (f) => f' })
    let page = await browser.context.newPage()
    page.on('dialog', (d) => void d.accept())
    /**
     * 每一步在新的标签页（新的渲染进程）里：像刚启动应用那样，JIT、字体都是冷的。同一个标签页里接着打开同源的页面时，
     * 进程和编译过的代码留着，快三成；交替的轮次里各方一时冷一时热，中位数随先后次序摆动（实测通报 95–183 ms）。
     */
    const freshPage = async () => {
      await page.close()
      page = await browser.context.newPage()
      page.on('dialog', (d) => void d.accept())
    }

    const sizes: { label: string; button: string; name: string; bytes: Buffer; chunkedAnchor: boolean }[] = []
    const seed = largestSeed()
    sizes.push({
      label: `最大样例 ${seed.slice(0, 3)}`,
      button: '导入 Word / 文本 / 网页…',
      name: seed,
      bytes: Buffer.from(seedText(seed), 'utf8'),
      chunkedAnchor: false,
    })
    if (!quick)
      sizes.push({
        label: '50 万字',
        button: '打开…',
        name: 'large.tongbao',
        bytes: Buffer.from(serializeProject(largeNotice(500_000)), 'utf8'),
        chunkedAnchor: true,
      })

    for (const size of sizes) {
      // 先开一次（不计）：取出编辑区里的文字，对照页装上同样的段落。
      await page.goto(server.url)
      await chooseFile(page, size.button, size.name, size.bytes)
      await page.locator('.section-editor[data-section="rectification"] .item').first().waitFor()
      // 两边在同一段里打字：段落的长短决定每键重排的量。两边各取自己列表的中间一段会是不同的两段（样例上 83 字与 76 字）。
      const { texts: paragraphs, targetIndex } = await editorParagraphs(page, await oursTarget(page))
      if (targetIndex < 0) throw new Error('找不到通报里要打字的段落')
      const watch = { count: paragraphs.length, lastText: paragraphs.at(-1)! }
      const chars = paragraphs.join('').length
      const label = `${size.label}，${chars} 字`

      const ours = newSide('通报')
      const anchors = [newSide('对照页'), ...(size.chunkedAnchor ? [newSide('对照页+分块+content-visibility')] : [])]
      // 窗口出现后先停半秒再选文件（用户不会更快），两边一样：应用在空闲时做的准备（备好导入 Worker、载入纸面字体）算在打开之前。
      // Playwright 第一次在页面里等条件时要注入并编译它自己的脚本（约 10 ms）：先等一次，免得落在计时里。
      const settle = async () => {
        await page.waitForTimeout(500)
        await page.waitForFunction(() => true)
      }
      const runOurs = async () => {
        await freshPage()
        await page.goto(server.url)
        await settle()
        await watchOpen(page, watch)
        await chooseFile(page, size.button, size.name, size.bytes)
        ours.open.push(await openedMs(page))
        ours.heap.push(await heapMb(page))
        ours.typing.push(await type(page, await oursTarget(page), keystrokes))
      }
      const runAnchor = (side: Side, chunked: boolean) => async () => {
        await freshPage()
        await page.goto(PLAIN_URL)
        await settle()
        await watchOpen(page, { ...watch, mount: { paragraphs, chunked } })
        side.open.push(await openedMs(page))
        side.heap.push(await heapMb(page))
        const target = page.locator('.plain [data-slate-node="element"]').nth(targetIndex)
        if ((await target.textContent()) !== paragraphs[targetIndex]) throw new Error('对照页的段落与通报的不一致')
        side.typing.push(await type(page, target, keystrokes))
      }
      const steps = [runOurs, ...anchors.map((a, i) => runAnchor(a, i === 1))]
      // 交替：每轮换一次先后，机器忙闲对各方一样。
      for (let r = 0; r < rounds; r++) for (const step of r % 2 ? [...steps].reverse() : steps) await step()
      rows.push(...compareRows(label, ours, anchors, rounds))
    }
  } finally {
    await browser.close()
    await server.close()
  }
  return rows
}
