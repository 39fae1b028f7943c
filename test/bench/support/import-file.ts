// 基准的子进程：导入一个文件至少三次（很快时多做几次，凑满约 300 ms），打印耗时中位数（毫秒）、导入前的常驻内存与进程的内存峰值（MB）。
// 每个形状在自己的进程里量，峰值才不混进别的形状。用法：tsx import-file.ts <文件>
import { readFileSync } from 'node:fs'
import { basename } from 'node:path'
import { performance } from 'node:perf_hooks'
import { importNotice } from '../../../core/import/index'
import { loadInput } from '../../../electron/cli/load-input'

const path = process.argv[2]!
const bytes = readFileSync(path)
const baseMB = process.memoryUsage().rss / 1048576
const times: number[] = []
let outcome = ''
for (let i = 0, spent = 0; i < 3 || (spent < 300 && i < 25); i++) {
  const t0 = performance.now()
  try {
    // .tongbao 与命令行走同一条路（parseProject）；其余经 importNotice。
    const r = path.endsWith('.tongbao') ? await loadInput(path) : await importNotice({ name: basename(path), bytes })
    outcome = `导入 ${r.notice.rectification.items.length} 项`
  } catch (e) {
    outcome = (e as { code?: string }).code ?? 'error'
  }
  times.push(performance.now() - t0)
  spent += times[times.length - 1]!
}
times.sort((a, b) => a - b)
console.log(JSON.stringify({ ms: times[Math.floor(times.length / 2)], baseMB, peakMB: process.resourceUsage().maxRSS / 1024, outcome }))
