import { performance } from 'node:perf_hooks'

/** npm run bench -- --quick：只跑标了 inQuick 的模块，轮数减少，约一分钟。 */
export interface BenchOptions {
  quick: boolean
}

export interface BenchRow {
  name: string
  /** 中位数，毫秒 */
  medianMs: number
  p95Ms?: number
  /** 目标（毫秒），仅用于打印是否达标 */
  targetMs?: number
  /** 目标针对中位数（默认）还是 p95 */
  targetOn?: 'median' | 'p95'
  /** 数值的单位；内存等非时间指标用 'MB'，比例用 '%' */
  unit?: 'ms' | 'MB' | '%'
  /** 与同一次运行中测得的对照（peer）的比值等附加说明 */
  note?: string
}

/** 计时若干次（先预热），返回中位数与 p95。 */
export async function measure(fn: () => unknown | Promise<unknown>, runs = 15, warmup = 3): Promise<{ medianMs: number; p95Ms: number }> {
  for (let i = 0; i < warmup; i++) await fn()
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now()
    await fn()
    times.push(performance.now() - t0)
  }
  times.sort((a, b) => a - b)
  return { medianMs: times[Math.floor(times.length / 2)]!, p95Ms: times[Math.min(times.length - 1, Math.ceil(times.length * 0.95) - 1)]! }
}

export function formatRow(r: BenchRow): string {
  const unit = r.unit ?? 'ms'
  if (unit !== 'ms') return `${r.name.padEnd(48)} ${r.medianMs.toFixed(1)} ${unit}${r.note ? `  ${r.note}` : ''}`
  const judged = r.targetOn === 'p95' && r.p95Ms !== undefined ? r.p95Ms : r.medianMs
  const target =
    r.targetMs === undefined
      ? ''
      : `  目标（${r.targetOn === 'p95' ? 'p95' : '中位数'}）< ${r.targetMs} ms ${judged < r.targetMs ? '达标' : '未达标'}`
  const p95 = r.p95Ms === undefined ? '' : `  p95 ${r.p95Ms.toFixed(2)} ms`
  return `${r.name.padEnd(48)} 中位数 ${r.medianMs.toFixed(2)} ms${p95}${target}${r.note ? `  ${r.note}` : ''}`
}
