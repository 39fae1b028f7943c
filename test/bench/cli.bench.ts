// 命令行基准：整个进程计时（启动 + 载入 + 工作 + 写文件），与同一次运行中 pandoc -f html -t docx 的单次调用交替测量、打印比值；批量 25 份不同的通报；导出最大样例时的内存峰值。
import { execFileSync, spawn } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { performance } from 'node:perf_hooks'
import { exportHtmlPage } from '../../core/export/html/index'
import { importNotice } from '../../core/import/index'
import type { Notice } from '../../core/model/notice'
import { largestSeed, SEEDS_DIR, seedNames, seedText } from '../support/seeds'
import type { BenchOptions, BenchRow } from './harness'

export const inQuick = true

const BIN = resolve('bin/tongbao.cjs')

/** 跑一个进程，返回墙钟毫秒；退出码大于 1 即出错（1 是“有错误级问题”，对有错误的样例是正常结果）。 */
function timed(cmd: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  return new Promise((res, rej) => {
    const t0 = performance.now()
    const p = spawn(cmd, args, { stdio: ['ignore', 'ignore', 'pipe'], env })
    let err = ''
    p.stderr.on('data', (d) => (err += d))
    p.on('error', rej)
    p.on('close', (code) =>
      code !== null && code <= 1 ? res(performance.now() - t0) : rej(new Error(`${cmd} ${args.join(' ')} 退出码 ${code}：${err}`)),
    )
  })
}

const median = (v: number[]) => {
  const s = [...v].sort((a, b) => a - b)
  const m = s.length >> 1
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2
}
const spread = (v: number[]) => `${Math.min(...v).toFixed(0)}–${Math.max(...v).toFixed(0)} ms`

/** 25 份互不相同的通报：5 份样例原文（.txt），再把每份样例的通报信息与导语配上另一份样例的逐条整改（5 × 4 份，存为网页）。 */
async function distinctNotices(dir: string): Promise<{ files: string[]; html: string[] }> {
  const names = seedNames()
  const notices: Notice[] = []
  for (const name of names) notices.push((await importNotice({ name, bytes: new TextEncoder().encode(seedText(name)) })).notice)
  const files = names.map((n) => join(SEEDS_DIR, n))
  const html = notices.map((n) => exportHtmlPage(n))
  for (const [i, a] of notices.entries()) {
    for (const [j, b] of notices.entries()) {
      if (i === j) continue
      const mixed: Notice = { ...a, rectification: { ...a.rectification, items: b.rectification.items } }
      const page = exportHtmlPage(mixed)
      const file = join(dir, `组合-${i}-${j}.html`)
      writeFileSync(file, page)
      files.push(file)
      html.push(page)
    }
  }
  if (new Set(html).size !== files.length) throw new Error('批量基准的通报有重复')
  return { files, html }
}

export async function run({ quick }: BenchOptions): Promise<BenchRow[]> {
  execFileSync(process.execPath, ['scripts/build-cli.mjs']) // 测的是当前源码打出的命令行
  const dir = mkdtempSync(join(tmpdir(), 'tongbao-cli-bench-'))
  try {
    const seed = join(SEEDS_DIR, largestSeed())
    const seedHtml = join(dir, 'seed.html')
    await timed(process.execPath, [BIN, 'export', seed, '--html', seedHtml, '--force', '--overwrite'])
    const pandoc = (html: string, out: string) => timed('pandoc', ['-f', 'html', '-t', 'docx', '-o', out, html])
    const cli = (...args: string[]) => timed(process.execPath, [BIN, ...args])

    // 单次调用：每一轮里 pandoc 与各命令交替，机器忙闲对两边一样。
    const rounds = quick ? 5 : 11
    const t = { pandoc: [] as number[], export: [] as number[], validate: [] as number[], inspect: [] as number[], node: [] as number[] }
    for (let r = 0; r < rounds + 1; r++) {
      const sample = {
        pandoc: await pandoc(seedHtml, join(dir, 'p.docx')),
        export: await cli('export', seed, '--docx', join(dir, 'a.docx'), '--force', '--overwrite'),
        validate: await cli('validate', seed),
        inspect: await cli('inspect', seed),
        node: await timed(process.execPath, ['-e', '0']),
      }
      if (r === 0) continue // 第一轮暖文件缓存
      for (const k of Object.keys(t) as (keyof typeof t)[]) t[k].push(sample[k])
    }
    const p = median(t.pandoc)
    const row = (name: string, v: number[], target?: string): BenchRow => ({
      name,
      medianMs: median(v),
      note: `${(median(v) / p).toFixed(2)}× pandoc${target ? `（目标 ≤ ${target}）` : ''}；${rounds} 轮 ${spread(v)}`,
    })
    const rows: BenchRow[] = [
      {
        name: `对照：pandoc -f html -t docx（${largestSeed().slice(0, 3)} 的网页，单次调用）`,
        medianMs: p,
        note: `${rounds} 轮 ${spread(t.pandoc)}`,
      },
      row(`tongbao export ${largestSeed().slice(0, 3)} --docx（整个进程）`, t.export, '2.0×'),
      row(`tongbao validate ${largestSeed().slice(0, 3)}`, t.validate, '2.0×'),
      row(`tongbao inspect ${largestSeed().slice(0, 3)}`, t.inspect, '2.0×'),
      row('  参考：node -e 0（Node 启动本身）', t.node),
    ]

    // 内存峰值：在导出进程退出时读 maxRSS（KB）。
    const hook = join(dir, 'rss.cjs')
    const rssOut = join(dir, 'rss.txt')
    writeFileSync(
      hook,
      `process.on('exit', () => require('fs').writeFileSync(${JSON.stringify(rssOut)}, String(process.resourceUsage().maxRSS)))`,
    )
    await timed(process.execPath, ['--require', hook, BIN, 'export', seed, '--docx', join(dir, 'r.docx'), '--force', '--overwrite'])
    rows.push({
      name: `tongbao export ${largestSeed().slice(0, 3)} --docx 的内存峰值（RSS）`,
      medianMs: Number(readFileSync(rssOut, 'utf8')) / 1024,
      unit: 'MB',
    })

    // 批量：25 份不同的通报一次调用，折合每份，与 pandoc 对同样 25 份逐份单次调用的中位数相比。
    const { files, html } = await distinctNotices(dir)
    const htmlFiles = html.map((h, i) => {
      const f = join(dir, `pandoc-${i}.html`)
      writeFileSync(f, h)
      return f
    })
    const batchRounds = quick ? 1 : 3
    const perFile = { export: [] as number[], validate: [] as number[], pandoc: [] as number[] }
    for (let r = 0; r < batchRounds; r++) {
      const out = join(dir, `batch-${r}`)
      mkdirSync(out)
      perFile.export.push((await cli('export', ...files, '--out-dir', out, '--force', '--overwrite')) / files.length)
      perFile.validate.push((await cli('validate', ...files)) / files.length)
      const calls: number[] = []
      for (const [i, f] of htmlFiles.entries()) calls.push(await pandoc(f, join(out, `p-${i}.docx`)))
      perFile.pandoc.push(median(calls))
    }
    const bp = median(perFile.pandoc)
    const batchRow = (name: string, v: number[]): BenchRow => ({
      name,
      medianMs: median(v),
      note: `${(median(v) / bp).toFixed(2)}× pandoc 单次（目标 ≤ 1.0×）；${batchRounds} 轮 ${spread(v)}`,
    })
    rows.push(
      {
        name: `对照：pandoc 单次调用（同样 ${files.length} 份逐份，中位数）`,
        medianMs: bp,
        note: `${batchRounds} 轮 ${spread(perFile.pandoc)}`,
      },
      batchRow(`tongbao export ${files.length} 份 --out-dir --force，折合每份`, perFile.export),
      batchRow(`tongbao validate ${files.length} 份，折合每份`, perFile.validate),
    )
    return rows
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
