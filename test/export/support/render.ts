import { execFile } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { SHARED_DIR } from '../../support/seeds'

const run = promisify(execFile)
const here = dirname(fileURLToPath(import.meta.url))

/** layout_check.py --json 的结果中测试用到的部分。 */
export interface LayoutReport {
  pages: number
  per_page: { page: number; grid_rows: number; full: boolean; counted: boolean; short_reason: string | null }[]
  lines: { full_pages: number; counted_pages: number; counted_with_22: number }
  chars: { counted_lines: number; pure_with_28: number; pure_histogram: Record<string, number> }
  bounds_mm: { left_edge: number; right_edge_full_lines: number; top_edge_est: number; bottom_max_row: number }
  page_numbers: {
    page: number
    text: string
    number: number
    form_ok: boolean
    pos_ok: boolean
    y_ok: boolean
    align: string
    dash_below_area: number
  }[]
  verdict: { lines22: [number, number]; chars28: [number, number]; margins: [string, string[]]; pagenum: [string, string[]] }
  summary: string
}

export interface DocxReport {
  sections: {
    page_width_twips: number
    page_height_twips: number
    top_twips: number
    bottom_twips: number
    left_twips: number
    right_twips: number
    footer_distance_twips: number
    footers: { odd: string | null; even: string | null }
  }[]
  paragraphs: {
    style: string | null
    text: string
    alignment: string
    line_spacing_twips: number | null
    runs: { text: string; font: string | null; size: number | null; bold: boolean | null }[]
  }[]
}

export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `tongbao-${prefix}-`))
}

export function writeTemp(dir: string, name: string, data: Uint8Array | string): string {
  const path = join(dir, name)
  writeFileSync(path, data)
  return path
}

/** 用 ../shared/tools/layout_check.py 渲染（LibreOffice，字体别名）并测量；每次渲染用新的配置目录。 */
export async function layoutCheck(docxPath: string): Promise<LayoutReport> {
  const { stdout } = await run('/usr/bin/python3', [join(SHARED_DIR, 'tools/layout_check.py'), docxPath, '--json'], {
    maxBuffer: 64 * 1024 * 1024,
    timeout: 180_000,
  })
  return JSON.parse(stdout) as LayoutReport
}

/** python-docx 独立读出的页面与段落（docx_report.py）。 */
export async function docxReport(docxPath: string): Promise<DocxReport> {
  const { stdout } = await run('/usr/bin/python3', [join(here, 'docx_report.py'), docxPath], { maxBuffer: 64 * 1024 * 1024 })
  return JSON.parse(stdout) as DocxReport
}

export interface Band {
  top_mm: number
  bottom_mm: number
  left_mm: number
  right_mm: number
}

/** 首页红色与深色像素带（red_marks.py）。 */
export async function firstPageMarks(pdfPath: string): Promise<{ red: Band[]; dark: Band[] }> {
  const { stdout } = await run('/usr/bin/python3', [join(here, 'red_marks.py'), pdfPath], { maxBuffer: 16 * 1024 * 1024 })
  return JSON.parse(stdout) as { red: Band[]; dark: Band[] }
}

/** layout_check.py 渲染并保留 PDF；返回测量结果与 PDF 路径。 */
export async function layoutCheckKeepingPdf(docxPath: string, pdfDir: string): Promise<{ layout: LayoutReport; pdf: string }> {
  const { stdout } = await run('/usr/bin/python3', [join(SHARED_DIR, 'tools/layout_check.py'), docxPath, '--json', '--keep-pdf', pdfDir], {
    maxBuffer: 64 * 1024 * 1024,
    timeout: 180_000,
  })
  const base = docxPath
    .split('/')
    .pop()!
    .replace(/\.docx$/, '.pdf')
  return { layout: JSON.parse(stdout) as LayoutReport, pdf: join(pdfDir, base) }
}

export interface PdfLine {
  page: number
  text: string
  x0_mm: number
  x1_mm: number
  y0_mm: number
}

/** pdftotext 的 XHTML 输出把 < > & " ' 写成实体；比对文字前还原。 */
const unescapeXml = (s: string) =>
  s.replace(/&(lt|gt|quot|apos|amp);/g, (_, e: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[e]!)

/** pdftotext -bbox-layout 的各行（词连成一行，去掉空格），坐标换成毫米。 */
export async function pdfLines(pdfPath: string): Promise<PdfLine[]> {
  const { stdout } = await run('pdftotext', ['-bbox-layout', pdfPath, '-'], { maxBuffer: 64 * 1024 * 1024 })
  const mm = (pt: string) => (Number(pt) * 25.4) / 72
  const out: PdfLine[] = []
  let page = 0
  for (const chunk of stdout.split(/(?=<page |<line )/)) {
    if (chunk.startsWith('<page ')) page++
    const line = /^<line xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)"/.exec(chunk)
    if (!line) continue
    const text = [...chunk.matchAll(/<word [^>]*>([^<]*)<\/word>/g)].map((m) => unescapeXml(m[1]!)).join('')
    out.push({ page, text, x0_mm: mm(line[1]!), y0_mm: mm(line[2]!), x1_mm: mm(line[3]!) })
  }
  return out
}

/** LibreOffice 7.4 不画悬挂在行末（段末、页末）的标点（版式与 Word 中它仍在行末）：比对时允许它的 PDF 少这一个字。 */
const HANGING = new Set(Array.from('!,.:;?、。！，．：；？'))

/** 一行文字与 LibreOffice 的 PDF 中对应的一行相同（容许 LibreOffice 少画行末悬挂的标点）。 */
export const sameLineAsLibreOffice = (mine: string, lo: string): boolean =>
  mine === lo || (HANGING.has(mine.slice(-1)) && mine.slice(0, -1) === lo)
