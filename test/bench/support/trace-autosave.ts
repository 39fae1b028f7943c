// 自动保存在界面线程上的代价（issue #15）：打开 50 万字的通报，打字、停手，等“已自动保存”；CDP 追踪（devtools.timeline）
// 这一段里渲染主线程上的任务，列出停手之后的每个较长任务与它里面的事件（计时器、Worker 消息、IndexedDB……）。
// 不是基准行（没有对照），是剖析用的工具：TONGBAO_NO_MINIFY=1 npx tsx test/bench/support/trace-autosave.ts
import { loadavg } from 'node:os'
import type { CDPSession, Page } from 'playwright-core'
import { serializeProject } from '../../../core/project/project-file'
import { launchBrowser } from '../../e2e/support/browser'
import { startWebServer } from '../../e2e/support/web-server'
import { largeNotice } from '../editor.bench'

interface TraceEvent {
  name: string
  cat: string
  ph: string
  pid: number
  tid: number
  ts: number
  dur?: number
  args?: { name?: string; data?: Record<string, unknown> }
}

async function trace(cdp: CDPSession, fn: () => Promise<void>): Promise<TraceEvent[]> {
  const events: TraceEvent[] = []
  const onData = (p: { value: object[] }) => events.push(...(p.value as TraceEvent[]))
  cdp.on('Tracing.dataCollected', onData)
  const complete = new Promise((r) => cdp.once('Tracing.tracingComplete', r))
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute'] },
    transferMode: 'ReportEvents',
  })
  await fn()
  await cdp.send('Tracing.end')
  await complete
  cdp.off('Tracing.dataCollected', onData)
  return events
}

/** 一个事件的简短说明：函数名、事件类型、计时器…… */
function describe(e: TraceEvent): string {
  const d = e.args?.data ?? {}
  const detail = (d.functionName as string) || (d.type as string) || (d.url ? String(d.url).split('/').pop() : '') || ''
  return detail ? `${e.name}(${detail})` : e.name
}

async function typeAndAutosave(page: Page, keys: number): Promise<void> {
  for (let i = 0; i < keys; i++) {
    await page.keyboard.type('整改落实'[i % 4]!)
    await page.waitForTimeout(25)
  }
  // 不用 Playwright 的定位器轮询：它在五十万字的页面上每次查找都是一个上百毫秒的任务，会混进追踪里。
  await page.waitForFunction(() => document.querySelector('[role="status"]')?.textContent?.includes('已自动保存'), undefined, {
    timeout: 60_000,
    polling: 250,
  })
  await page.waitForTimeout(300)
}

async function main() {
  const server = await startWebServer()
  const browser = await launchBrowser()
  try {
    const page = await browser.context.newPage()
    page.on('dialog', (d) => void d.accept())
    await page.goto(server.url)
    const bytes = Buffer.from(serializeProject(largeNotice(500_000)), 'utf8')
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: '打开…' }).click()])
    await chooser.setFiles({ name: 'large.tongbao', mimeType: 'application/octet-stream', buffer: bytes })
    const blocks = page.locator('.section-editor[data-section="rectification"] .body')
    await blocks.first().waitFor()
    await blocks.nth(Math.floor((await blocks.count()) / 2)).click()
    await page.keyboard.press('End')
    const cdp = await page.context().newCDPSession(page)
    const rounds = Number(process.env.ROUNDS ?? 3)
    for (let round = 0; round <= rounds; round++) {
      // 第 0 轮是打开后的第一次自动保存（Worker 里还没有上一份通报）；之后各轮是打字中的常态。
      const events = await trace(cdp, () => typeAndAutosave(page, 15))
      const input = events.find((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'beforeinput')
      const thread = events.find(
        (e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && e.pid === input?.pid,
      )
      if (!thread) throw new Error('追踪里找不到页面的主线程')
      const mine = events.filter((e) => e.pid === thread.pid && e.tid === thread.tid && e.ph === 'X')
      const lastKey = Math.max(...mine.filter((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'beforeinput').map((e) => e.ts))
      const after = mine.filter((e) => e.name === 'RunTask' && e.ts > lastKey)
      const tasks = after.filter((t) => t.dur! >= 2000)
      console.log(
        `\n第 ${round} 轮${round === 0 ? '（打开后的第一次）' : ''}：停手后主线程上 ≥2 ms 的任务（ms，距最后一次按键的秒数：任务里 ≥0.5 ms 的事件）`,
      )
      // 自动保存的任务：停手 2 秒后的计时器（setTimeout 2000，把通报交给 Worker），以及自动保存 Worker 的回信（w.onmessage，交给宿主存）。
      const timers = new Set(
        mine.filter((e) => e.name === 'TimerInstall' && e.args?.data?.timeout === 2000).map((e) => e.args!.data!.timerId),
      )
      for (const e of events) if (e.name === 'TimerInstall' && e.args?.data?.timeout === 2000) timers.add(e.args.data.timerId)
      const autosave = after.filter((t) =>
        mine.some(
          (e) =>
            e.ts >= t.ts &&
            e.ts < t.ts + t.dur! &&
            ((e.name === 'TimerFire' && timers.has(e.args?.data?.timerId)) ||
              (e.name === 'FunctionCall' && e.args?.data?.functionName === 'w.onmessage')),
        ),
      )
      console.log(`  自动保存的任务：${autosave.map((t) => `${(t.dur! / 1000).toFixed(1)} ms`).join('，') || '无'}`)
      // 计时器到 Worker 回信之间的所有任务（分块发送的各块也在其中；别的空闲工作也可能混进来）
      if (autosave.length > 1) {
        const from = autosave[0]!.ts
        const to = autosave.at(-1)!.ts + autosave.at(-1)!.dur!
        const inWindow = after.filter((t) => t.ts >= from && t.ts + t.dur! <= to)
        console.log(
          `  计时器到回信之间 ${((to - from) / 1000).toFixed(0)} ms，主线程任务 ${inWindow.length} 个，最长 ${(Math.max(...inWindow.map((t) => t.dur!)) / 1000).toFixed(1)} ms`,
        )
      }
      if (process.env.QUIET) continue
      for (const t of tasks) {
        const inside = mine
          .filter((e) => e !== t && e.ts >= t.ts && e.ts < t.ts + t.dur! && (e.dur ?? 0) >= 500 && e.name !== 'RunTask')
          .map((e) => `${describe(e)} ${(e.dur! / 1000).toFixed(1)}`)
        console.log(
          `  ${(t.dur! / 1000).toFixed(1).padStart(6)}  +${((t.ts - lastKey) / 1e6).toFixed(2)}s  ${inside.slice(0, 8).join(' · ')}`,
        )
      }
    }
    // 恢复区里的副本（经补丁与分块发给 Worker 写出的）就是编辑区里的内容：能读、条目数不变、打的字都在。
    const saved = await page.evaluate(
      () =>
        new Promise<string>((resolve, reject) => {
          const req = indexedDB.open('tongbao', 1)
          req.onerror = () => reject(new Error('IndexedDB'))
          req.onsuccess = () => {
            const get = req.result.transaction('recovery').objectStore('recovery').getAll()
            get.onsuccess = () => {
              // 早先的版本存的是文本（对比“之前”时用同一个脚本）
              const rec = get.result[0] as { blob?: Blob; text?: string }
              void (rec.blob ? rec.blob.text() : Promise.resolve(rec.text!)).then(resolve, reject)
            }
          }
        }),
    )
    const savedNotice = (JSON.parse(saved) as { notice: { rectification: { items: unknown[] } } }).notice
    // 每轮打的 15 个字是“整改落实”循环，其中完整的“整改落实”3 遍（下一轮从“整”重新起头）；打开的通报里没有这四个字
    const typed = saved.split('整改落实').length - 1
    const opened = largeNotice(500_000).rectification.items.length
    console.log(
      `\n恢复区副本：${(saved.length / 1e4).toFixed(0)} 万字符，方面 ${savedNotice.rectification.items.length} 个（打开时 ${opened} 个），` +
        `“整改落实”${typed} 处（打了 ${(rounds + 1) * 3} 处）`,
    )
    console.log(
      `\nload average ${loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')}`,
    )
    await cdp.detach()
  } finally {
    await browser.close()
    await server.close()
  }
}

await main()
