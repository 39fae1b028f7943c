// 导出基准：最大样例与 50 万字通报的 .docx 导出，与同一次运行中 pandoc 由网页转 .docx 相比；OFD 导出与同一次运行的 .docx 导出相比。
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { noticeText } from '../../core/document/blocks'
import { exportDocx } from '../../core/export/docx/index'
import { exportHtmlPage } from '../../core/export/html/index'
import { exportOfd } from '../../core/export/ofd/index'
import { importNotice } from '../../core/import/index'
import type { Notice } from '../../core/model/notice'
import { longNotice } from '../export/support/long-notice'
import { largestSeed, seedText } from '../support/seeds'
import { type BenchRow, measure } from './harness'

function pandoc(html: string, out: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const p = spawn('pandoc', ['-f', 'html', '-t', 'docx', '-o', out], { stdio: ['pipe', 'ignore', 'pipe'] })
    let err = ''
    p.stderr.on('data', (d) => (err += d))
    p.on('error', reject)
    p.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`pandoc 退出码 ${code}：${err}`))))
    p.stdin.end(html)
  })
}

/** 不少于 target 字的通报：按生成的篇幅线性放大方面数，不够再加。 */
function noticeOfSize(target: number): Notice {
  const size = { aspects: 4, problemsPerAspect: 4, measuresPerProblem: 4, sentences: 4 }
  const probe = noticeText(longNotice(size)).length
  let aspects = Math.max(1, Math.ceil((size.aspects * target) / probe))
  let notice = longNotice({ ...size, aspects })
  while (noticeText(notice).length < target) notice = longNotice({ ...size, aspects: ++aspects })
  return notice
}

async function largestSeedNotice(): Promise<{ notice: Notice; label: string }> {
  const name = largestSeed()
  const text = seedText(name)
  try {
    return { notice: (await importNotice({ name, bytes: new TextEncoder().encode(text) })).notice, label: `最大样例 ${name.slice(0, 3)}` }
  } catch {
    // 导入不可用时，用同样字数的生成通报代替（在结果里注明）。
    return { notice: noticeOfSize(text.length), label: `最大样例同字数的生成通报（导入不可用）` }
  }
}

async function compare(label: string, notice: Notice, runs: number, targetMs?: number): Promise<BenchRow[]> {
  const dir = mkdtempSync(join(tmpdir(), 'tongbao-bench-'))
  try {
    const chars = noticeText(notice).length
    const html = exportHtmlPage(notice)
    const ours = await measure(() => exportDocx(notice), runs, 2)
    const theirs = await measure(() => pandoc(html, join(dir, 'out.docx')), Math.min(runs, 5), 1)
    const ratio = theirs.medianMs / ours.medianMs
    const ofd = await measure(() => exportOfd(notice), runs, 2)
    return [
      { name: `${label}（${chars} 字）→ .docx`, ...ours, ...(targetMs ? { targetMs } : {}), note: `pandoc 的 ${ratio.toFixed(1)} 倍速` },
      { name: `  对照：pandoc -f html -t docx（同内容）`, ...theirs, note: `比值 pandoc/ours = ${ratio.toFixed(2)}` },
      {
        name: `${label}（${chars} 字）→ .ofd`,
        ...ofd,
        note: `为上面 .docx 导出的 ${(ofd.medianMs / ours.medianMs).toFixed(2)} 倍时间；pandoc 的 ${(theirs.medianMs / ofd.medianMs).toFixed(1)} 倍速`,
      },
    ]
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

export async function run(): Promise<BenchRow[]> {
  const seed = await largestSeedNotice()
  return [...(await compare(seed.label, seed.notice, 15, 100)), ...(await compare('50 万字通报', noticeOfSize(500_000), 3))]
}
