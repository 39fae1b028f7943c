// 基准：恶意与畸形输入的每种形状，在 n 与 2n 两个规模上的导入耗时、内存峰值与线性度 time(2n)/time(n)（目标 ≤ 2.5）。
// 被上限拦下的形状，耗时应与规模无关（比值约 1）；照常导入的形状应与规模成正比（比值约 2）。
// 另在浏览器宿主里量导入进行中点击的输入延迟，对照同一页面空闲时的延迟。
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { strToU8 } from 'fflate'
import { noticeText } from '../../core/document/blocks'
import { launchBrowser } from '../e2e/support/browser'
import { startWebServer } from '../e2e/support/web-server'
import { HOSTILE_SHAPES, type HostileShape } from '../support/hostile-inputs'
import { largeNotice } from '../support/large-notice'
import type { BenchRow } from './harness'

const TSX = resolve(import.meta.dirname, '../../node_modules/.bin/tsx')
const CHILD = resolve(import.meta.dirname, 'support/import-file.ts')
const HEAD = '中共某县委关于县委第一轮巡察整改进展情况的通报\n根据县委统一部署，县委第二巡察组对某镇党委进行了巡察，并反馈了巡察意见。\n'

interface Sample {
  ms: number
  baseMB: number
  peakMB: number
  outcome: string
}

/** 上限之内、照常导入的形状：量线性度（n 取上限以内）。 */
const WITHIN_LIMITS: HostileShape[] = [
  {
    id: 'txt n 个条目（上限以内）',
    n: 40_000,
    guard: null,
    make: (n) => ({
      name: 'items.txt',
      bytes: strToU8(
        HEAD + Array.from({ length: n }, (_, i) => (i % 100 === 0 ? `（一）关于整改落实的问题\n` : `${i % 100}.落实整改措施。`)).join('\n'),
      ),
    }),
  },
  {
    id: '52 万字通报 × n（纯文本）',
    n: 1,
    guard: null,
    make: (n) => ({ name: 'large.txt', bytes: strToU8(noticeText(largeNotice(520_000 * n))) }),
  },
]

function sample(dir: string, shape: HostileShape, n: number): Sample {
  const input = shape.make(n)
  const path = join(dir, input.name)
  writeFileSync(path, input.bytes)
  return JSON.parse(
    execFileSync(TSX, [CHILD, path], { encoding: 'utf8', maxBuffer: 1 << 20 })
      .trim()
      .split('\n')
      .pop()!,
  ) as Sample
}

async function clickDelay(): Promise<BenchRow[]> {
  const server = await startWebServer()
  const browser = await launchBrowser()
  try {
    const page = await browser.context.newPage()
    await page.goto(server.url)
    // 输入延迟：点击事件产生到处理函数运行（界面线程被占住时，这段时间就是卡顿）。
    await page.evaluate(() => {
      const w = window as unknown as { __delays: number[] }
      w.__delays = []
      document.addEventListener('pointerdown', (e) => void w.__delays.push(performance.now() - e.timeStamp), { capture: true })
    })
    const clicks = async (n: number) => {
      for (let i = 0; i < n; i++) {
        await page.mouse.click(8, 8 + i)
        await page.waitForTimeout(50)
      }
      const delays = await page.evaluate(() => (window as unknown as { __delays: number[] }).__delays.splice(0))
      delays.sort((a, b) => a - b)
      return {
        medianMs: delays[Math.floor(delays.length / 2)]!,
        p95Ms: delays[Math.min(delays.length - 1, Math.ceil(delays.length * 0.95) - 1)]!,
        maxMs: delays.at(-1)!,
      }
    }
    const idle = await clicks(20)
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      page.getByRole('button', { name: '导入 Word / 文本 / 网页…' }).click(),
    ])
    await chooser.setFiles({ name: 'large.txt', mimeType: 'text/plain', buffer: Buffer.from(noticeText(largeNotice(1_500_000))) })
    await page.getByRole('status', { name: '导入进度' }).waitFor()
    const t0 = Date.now()
    const busy = await clicks(20)
    const progress = page.getByRole('status', { name: '导入进度' })
    const stillImporting = await progress.isVisible()
    // 导入可能在点击期间做完了，那就没有“取消”可点；做到一半就取消，免得下一步还在导入
    if (stillImporting)
      await progress
        .getByRole('button', { name: '取消' })
        .click({ timeout: 5_000 })
        .catch(() => undefined)
    await progress.waitFor({ state: 'detached' })
    return [
      { name: '点击的输入延迟：页面空闲（对照）', ...idle, targetMs: 50, targetOn: 'p95', note: `最长 ${idle.maxMs.toFixed(0)} ms` },
      {
        name: '点击的输入延迟：导入 150 万字进行中',
        ...busy,
        targetMs: 50,
        targetOn: 'p95',
        note: `中位数为对照的 ${(busy.medianMs / Math.max(idle.medianMs, 0.01)).toFixed(1)} 倍，最长 ${busy.maxMs.toFixed(0)} ms；${stillImporting ? `${((Date.now() - t0) / 1000).toFixed(1)} 秒的点击期间导入一直在进行` : '点击未完导入已结束'}`,
      },
    ]
  } finally {
    await browser.close()
    await server.close()
  }
}

export async function run(): Promise<BenchRow[]> {
  const dir = mkdtempSync(join(tmpdir(), 'tongbao-bench-hostile-'))
  const rows: BenchRow[] = []
  try {
    for (const shape of [...HOSTILE_SHAPES, ...WITHIN_LIMITS]) {
      const one = sample(dir, shape, shape.n)
      const two = sample(dir, shape, shape.n * 2)
      const ratio = two.ms / Math.max(one.ms, 0.01)
      // 几毫秒的耗时里，缓存与垃圾回收的起伏就能让比值翻倍：不到 20 ms 的不评判线性度。
      const judged = one.ms < 20 ? '不到 20 ms，不评判' : `目标 ≤ 2.5，${ratio <= 2.5 ? '达标' : '未达标'}`
      rows.push({
        name: `${shape.id}：n = ${shape.n.toLocaleString('en-US')}`,
        medianMs: one.ms,
        note: `2n ${two.ms.toFixed(1)} ms，线性度 ${ratio.toFixed(2)}（${judged}）；内存峰值 ${one.peakMB.toFixed(0)} / ${two.peakMB.toFixed(0)} MB（导入前 ${one.baseMB.toFixed(0)} MB）；${one.outcome === two.outcome ? one.outcome : `n：${one.outcome}，2n：${two.outcome}`}`,
      })
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
  return [...rows, ...(await clickDelay())]
}
