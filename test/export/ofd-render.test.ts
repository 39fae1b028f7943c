// OFD 导出的独立检查（issue #20）：把导出的 OFD 只凭包里的内容画成 SVG（test/support/ofd-svg.ts），在 Chromium 中
// 量每页每行首字的位置，与同一份版式的 PDF 打印页（core/layout/print-html，由 Chromium 自己排字）比对：页数、
// 每行文字、每行首字的左边与上边（≤ 0.5 mm）。npm 上唯一的 OFD 阅读器 ofd.js 1.5.0 的解析内核要授权码（无码时对任何输入
// 都答“授权信息错误”），用不了；这里的画法只读 OFD 包本身，不调用导出代码。
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate'
import { type Browser, chromium, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { noticeTitle } from '../../core/derive/title'
import { exportOfd } from '../../core/export/ofd/index'
import { layoutNotice, type NoticeLayout } from '../../core/layout'
import { printHtml } from '../../core/layout/print-html'
import { CHROMIUM } from '../e2e/support/browser'
import { type OfdCase, ofdCases } from '../support/ofd-cases'
import { expectedLines } from '../support/ofd-expected'
import { readOfd } from '../support/ofd-reader'
import { pageSvg } from '../support/ofd-svg'

const root = join(import.meta.dirname, '../..')
const FONTCONFIG_FILE = join(root, 'test/.fontconfig/fonts.conf')
const TOLERANCE_MM = 0.5
const PX_TO_MM = 25.4 / 96

/** 一行首字的位置（mm，相对页的左上角）与该行的文字。 */
interface Measured {
  text: string
  left: number
  top: number
}

let browser: Browser
let page: Page
let cases: OfdCase[] = []

beforeAll(async () => {
  cases = await ofdCases()
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu'],
    env: { ...process.env, FONTCONFIG_FILE },
  })
  page = await browser.newPage()
}, 180_000)

afterAll(async () => {
  await browser?.close()
})

/** PDF 打印页：每页每行（.l）正文首字的框；行尾浮动的印发日期接在文字之后。页码（.n）单列。 */
async function measurePrint(html: string): Promise<Measured[][]> {
  await page.setContent(html, { waitUntil: 'load' })
  await page.evaluate(() => document.fonts.ready)
  const px = await page.evaluate(() =>
    [...document.querySelectorAll('section.p')].map((sec) => {
      const origin = sec.getBoundingClientRect()
      return [...sec.querySelectorAll<HTMLElement>('div.l, div.n')].map((div) => {
        const spans = [...div.childNodes].filter((c) => !(c instanceof HTMLElement && c.style.float))
        const floated = [...div.children]
          .filter((c) => (c as HTMLElement).style.float)
          .map((c) => c.textContent)
          .join('')
        const walker = document.createTreeWalker(div, NodeFilter.SHOW_TEXT)
        let first: Text | null = null
        for (let t = walker.nextNode() as Text | null; t; t = walker.nextNode() as Text | null) {
          // 行尾浮动的文字（印发日期、签发人）分在几个 span 里：看最近的浮动祖先。
          if (t.parentElement?.closest('[style*="float"]')) continue
          if (t.data.trim()) {
            first = t
            break
          }
        }
        const r = document.createRange()
        r.setStart(first!, 0)
        r.setEnd(first!, 1)
        const box = r.getBoundingClientRect()
        return {
          text:
            spans
              .map((s) => s.textContent)
              .join('')
              .trimEnd() + floated,
          left: box.left - origin.left,
          top: box.top - origin.top,
        }
      })
    }),
  )
  return px.map((p) => p.filter((l) => l.text.trim()).map((l) => ({ text: l.text, left: l.left * PX_TO_MM, top: l.top * PX_TO_MM })))
}

/** OFD 画成的 SVG：同一基线的文字连成一行，首字的框（getExtentOfChar，单位即 mm）。 */
async function measureOfd(bytes: Uint8Array): Promise<Measured[][]> {
  const read = readOfd(bytes)
  const out: Measured[][] = []
  for (const p of read.pages) {
    await page.setContent(`<!DOCTYPE html><body style="margin:0">${pageSvg(p, read.physicalBox)}</body>`, { waitUntil: 'load' })
    await page.evaluate(() => document.fonts.ready)
    const runs = await page.evaluate(() =>
      [...document.querySelectorAll<SVGTextElement>('text.t')].map((t) => {
        const e = t.getExtentOfChar(0)
        return {
          text: t.textContent ?? '',
          y: Number(t.getAttribute('y')),
          x0: Number(t.getAttribute('x')!.split(' ')[0]),
          left: e.x,
          top: e.y,
        }
      }),
    )
    runs.sort((a, b) => a.y - b.y || a.x0 - b.x0)
    const lines: Measured[] = []
    let y = Number.NaN
    for (const r of runs) {
      if (Math.abs(r.y - y) < 0.05) lines[lines.length - 1]!.text += r.text
      else lines.push({ text: r.text, left: r.left, top: r.top })
      y = r.y
    }
    out.push(lines)
  }
  return out
}

/**
 * 比对：页数、行数、每行文字、首字的左边与上边，都须相同（≤ 0.5 mm）。居中、居右的行也一样：打印页把 Chromium 不加的
 * 中西文间距写成 margin、不收紧全角标点（core/layout spacedPieces、text-spacing-trim），成文日期、发文字号与版式同位。
 */
function compare(ofd: Measured[][], print: Measured[][]): { problems: string[]; worst: number } {
  const problems: string[] = []
  let worst = 0
  if (ofd.length !== print.length) problems.push(`页数：OFD ${ofd.length}，PDF 打印页 ${print.length}`)
  print.forEach((want, i) => {
    const got = ofd[i] ?? []
    if (got.length !== want.length) problems.push(`第 ${i + 1} 页行数：OFD ${got.length}，PDF 打印页 ${want.length}`)
    want.forEach((w, j) => {
      const g = got[j]
      if (!g) return
      if (g.text !== w.text) problems.push(`第 ${i + 1} 页第 ${j + 1} 行文字：OFD “${g.text}”，PDF 打印页 “${w.text}”`)
      const dy = Math.abs(g.top - w.top)
      const dx = Math.abs(g.left - w.left)
      worst = Math.max(worst, dx, dy)
      if (dx > TOLERANCE_MM) problems.push(`第 ${i + 1} 页第 ${j + 1} 行首字横向差 ${(g.left - w.left).toFixed(2)} mm（${w.text}）`)
      if (dy > TOLERANCE_MM) problems.push(`第 ${i + 1} 页第 ${j + 1} 行首字纵向差 ${(g.top - w.top).toFixed(2)} mm（${w.text}）`)
    })
  })
  return { problems, worst }
}

/** OFD 画出来的每行首字左边与版式给的位置（core/layout 的字位）之差，逐页逐行。 */
function compareWithLayoutX(ofd: Measured[][], layout: NoticeLayout): string[] {
  const out: string[] = []
  layout.pages.forEach((_, i) => {
    expectedLines(layout, i).forEach((w, j) => {
      const g = ofd[i]?.[j]
      if (!g || g.text !== w.text) out.push(`第 ${i + 1} 页第 ${j + 1} 行不对：“${g?.text}” / “${w.text}”`)
      else if (Math.abs(g.left - w.xs[0]!) > TOLERANCE_MM)
        out.push(`第 ${i + 1} 页第 ${j + 1} 行首字与版式差 ${(g.left - w.xs[0]!).toFixed(2)} mm`)
    })
  })
  return out
}

describe('OFD 画出来与 PDF 打印页相同', () => {
  it('五个样例与示例通报，不带与带红头/版记，另加空白页：页数、每行文字、每行首字位置 ≤ 0.5 mm', async () => {
    const report: string[] = []
    const all: string[] = []
    for (const c of cases) {
      const layout = layoutNotice(c.notice, c.options)
      const print = await measurePrint(printHtml(layout, noticeTitle(c.notice)))
      const ofd = await measureOfd(exportOfd(c.notice, c.options))
      const { problems, worst } = compare(ofd, print)
      all.push(...problems.map((x) => `${c.name} ${x}`), ...compareWithLayoutX(ofd, layout).map((x) => `${c.name} ${x}`))
      expect(print.length).toBe(layout.pages.length)
      report.push(`${c.name}: ${ofd.length} 页 ${ofd.flat().length} 行，首字最大偏差 ${worst.toFixed(3)} mm`)
    }
    console.log(report.join('\n'))
    expect(all).toEqual([])
  })

  it('把 OFD 中一行移动 0.6 mm，比对报错', async () => {
    const c = cases.find((x) => x.name === 'sample')!
    const files = unzipSync(exportOfd(c.notice, c.options))
    const p = 'Doc_0/Pages/Page_1/Content.xml'
    const moved = strFromU8(files[p]!).replace(/Boundary="([\d.]+) /, (_, v: string) => `Boundary="${(Number(v) + 0.6).toFixed(3)} `)
    const ofd = await measureOfd(zipSync({ ...files, [p]: strToU8(moved) }))
    const layout = layoutNotice(c.notice, c.options)
    const print = await measurePrint(printHtml(layout, noticeTitle(c.notice)))
    expect(compare(ofd, print).problems.join()).toMatch(/第 2 页第 1 行首字横向差 0\.6/)
    expect(compareWithLayoutX(ofd, layout).join()).toMatch(/第 2 页第 1 行首字与版式差 0\.6/)
  })

  it('红头/版记签发稿的首页与末页截图（test/artifacts/screenshots/ofd-signoff-first.png、-last.png）', async () => {
    const c = cases.find((x) => x.name === 'sample-signoff')!
    const read = readOfd(exportOfd(c.notice, c.options))
    const shots = join(root, 'test/artifacts/screenshots')
    mkdirSync(shots, { recursive: true })
    for (const [name, p] of [
      ['first', read.pages[0]!],
      ['last', read.pages.at(-1)!],
    ] as const) {
      await page.setViewportSize({ width: 794, height: 1123 })
      await page.setContent(`<!DOCTYPE html><body style="margin:0">${pageSvg(p, read.physicalBox)}</body>`, { waitUntil: 'load' })
      await page.evaluate(() => document.fonts.ready)
      writeFileSync(join(shots, `ofd-signoff-${name}.png`), await page.screenshot({ fullPage: true }))
    }
  })
})
