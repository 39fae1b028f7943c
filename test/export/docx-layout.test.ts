// 验收：导出的 .docx 经 LibreOffice 渲染后量出 22 行 × 28 字、页边距、页码；python-docx 另读页面与字体；
// Word、网页、模型三处的文字逐段相同。每份文档只渲染一次（beforeAll），各断言共用。
import { beforeAll, describe, expect, it } from 'vitest'
import { noticeTitle } from '../../core/derive/title'
import { cleanText } from '../../core/export/clean-text'
import { exportDocx } from '../../core/export/docx/index'
import { titleLines } from '../../core/export/title-lines'
import { exportHtmlPage } from '../../core/export/html/index'
import { importNotice } from '../../core/import/index'
import { IsoDate } from '../../core/model/dates'
import type { Notice } from '../../core/model/notice'
import { sampleNotice } from '../support/sample-notice'
import { seedNames, seedText } from '../support/seeds'
import { longNotice } from './support/long-notice'
import {
  type DocxReport,
  docxReport,
  type LayoutReport,
  layoutCheckKeepingPdf,
  type PdfLine,
  pdfLines,
  tempDir,
  writeTemp,
} from './support/render'
import { docxLines, htmlLines, modelLines } from './support/texts'

interface Case {
  name: string
  /** 为测试写的通报必须逐行 28 字；导入的样例保留了原文的半角标点等损伤，允许个别行因此回行提前。 */
  own: boolean
  notice: () => Promise<Notice>
}

const CASES: Case[] = [
  { name: 'sample', own: true, notice: async () => sampleNotice() },
  { name: 'long', own: true, notice: async () => longNotice({ aspects: 4, problemsPerAspect: 3, measuresPerProblem: 3, sentences: 3 }) },
  ...seedNames().map((name) => ({
    name,
    own: false,
    notice: async () => (await importNotice({ name, bytes: new TextEncoder().encode(seedText(name)) })).notice,
  })),
]

interface Rendered {
  notice: Notice
  layout: LayoutReport
  lines: PdfLine[]
  docx: DocxReport
  html: string
}

const rendered = new Map<string, Rendered>()

/** 两份一组并行渲染（CI 有两个核）。 */
async function renderAll(): Promise<void> {
  const dir = tempDir('layout')
  const queue = [...CASES]
  const worker = async () => {
    for (let c = queue.shift(); c; c = queue.shift()) {
      const notice = await c.notice()
      const path = writeTemp(dir, `${c.name.replace(/\W/g, '_')}.docx`, await exportDocx(notice))
      const [{ layout, pdf }, docx] = await Promise.all([layoutCheckKeepingPdf(path, dir), docxReport(path)])
      rendered.set(c.name, { notice, layout, lines: await pdfLines(pdf), docx, html: exportHtmlPage(notice) })
    }
  }
  await Promise.all([worker(), worker()])
}

beforeAll(renderAll, 600_000)

const get = (name: string) => {
  const r = rendered.get(name)
  if (!r) throw new Error(`没有渲染结果：${name}`)
  return r
}

describe.each(CASES)('导出 $name 的 Word 版式', (c) => {
  it('每个整页 22 行', () => {
    const { layout } = get(c.name)
    const [ok, of] = layout.verdict.lines22
    expect(ok).toBe(of)
    if (c.name !== 'sample') expect(of).toBeGreaterThanOrEqual(2)
  })

  it('每个整行 28 字', () => {
    const { layout } = get(c.name)
    const [ok, of] = layout.verdict.chars28
    expect(of).toBeGreaterThan(0)
    if (c.own) expect(ok).toBe(of)
    else expect(ok / of).toBeGreaterThanOrEqual(0.97)
    // 超过 28 字的行一律不许有。
    expect(Object.keys(layout.chars.pure_histogram).filter((k) => Number(k) > 28)).toEqual([])
  })

  it('页边距在 ±1 mm 内', () => {
    const { layout } = get(c.name)
    expect(layout.verdict.margins[0]).toBe('ok')
    expect(Math.abs(layout.bounds_mm.left_edge - 28)).toBeLessThanOrEqual(1)
    expect(Math.abs(layout.bounds_mm.right_edge_full_lines - 184)).toBeLessThanOrEqual(1)
    expect(Math.abs(layout.bounds_mm.top_edge_est - 37)).toBeLessThanOrEqual(1)
    expect(layout.bounds_mm.bottom_max_row).toBeLessThanOrEqual(263)
  })

  it('页码“— N —”，单页居右、双页居左，在版心下 7 mm', () => {
    const { layout } = get(c.name)
    expect(layout.page_numbers).toHaveLength(layout.pages)
    for (const p of layout.page_numbers) {
      expect(p.text.replace(/\s/g, '')).toBe(`—${p.page}—`)
      expect(p.align).toBe(p.page % 2 === 1 ? 'right' : 'left')
      expect(p.pos_ok && p.y_ok).toBe(true)
      expect(Math.abs(p.dash_below_area - 7)).toBeLessThanOrEqual(1)
    }
  })

  it('python-docx 读出 A4、37/35/28/26 mm 页边距', () => {
    const [s] = get(c.name).docx.sections
    expect(s).toBeDefined()
    const mm = (tw: number) => tw / 56.693
    expect(Math.abs(mm(s!.page_width_twips) - 210)).toBeLessThanOrEqual(0.5)
    expect(Math.abs(mm(s!.page_height_twips) - 297)).toBeLessThanOrEqual(0.5)
    expect(Math.abs(mm(s!.top_twips) - 37)).toBeLessThanOrEqual(1)
    expect(Math.abs(mm(s!.bottom_twips) - 35)).toBeLessThanOrEqual(1)
    expect(Math.abs(mm(s!.left_twips) - 28)).toBeLessThanOrEqual(1)
    expect(Math.abs(mm(s!.right_twips) - 26)).toBeLessThanOrEqual(1)
    expect(s!.footers.odd).toMatch(/^— .* —$/)
    expect(s!.footers.even).toMatch(/^— .* —$/)
  })

  it('python-docx 读出的字体与字号：标题2号小标宋，正文3号仿宋，一级黑体，二级楷体', () => {
    const paragraphs = get(c.name).docx.paragraphs
    const fontsOf = (style: string) =>
      new Set(paragraphs.filter((p) => p.style === style).flatMap((p) => p.runs.map((r) => `${r.font} ${r.size}`)))
    // 导入的通报没有标题部分时也排推导出的标题（与网页 h1 相同，issue #11）：一律 2号小标宋。
    expect(fontsOf('TongbaoTitle')).toEqual(new Set(['方正小标宋简体 22']))
    for (const f of fontsOf('TongbaoHeading1')) expect(f).toBe('黑体 16')
    for (const f of fontsOf('TongbaoHeading2')) expect(f).toBe('楷体_GB2312 16')
    for (const style of ['TongbaoHeading3', 'TongbaoHeading4', 'TongbaoSignature', 'TongbaoDate']) {
      for (const f of fontsOf(style)) expect(f).toBe('仿宋_GB2312 16')
    }
    // 正文段里除段内标题句（黑体/楷体/仿宋）外都是 3号仿宋。
    const body = fontsOf('TongbaoBody')
    expect(body.has('仿宋_GB2312 16')).toBe(true)
    for (const f of body) expect(['仿宋_GB2312 16', '黑体 16', '楷体_GB2312 16']).toContain(f)
    for (const p of paragraphs) expect(p.line_spacing_twips).toBe(579)
  })

  it('标题各行在版心内居中（±1 mm），正文首行空二字（±0.5 mm）', () => {
    const { notice, lines } = get(c.name)
    const page1 = lines.filter((l) => l.page === 1)
    if (notice.parts.includes('title')) {
      for (const t of titleLines(cleanText(noticeTitle(notice)))) {
        const line = page1.find((l) => l.text === t.replace(/\s/g, ''))
        expect(line, t).toBeDefined()
        expect(Math.abs((line!.x0_mm + line!.x1_mm) / 2 - (28 + 156 / 2))).toBeLessThanOrEqual(1)
        expect(line!.x0_mm).toBeGreaterThanOrEqual(27)
        expect(line!.x1_mm).toBeLessThanOrEqual(185)
      }
    }
    // 导语第一行：左空二字 = 28 + 2 × 5.644 mm。
    const lead = modelLines(notice).find((_, i) => i === (notice.parts.includes('title') ? 1 : 0))!
    const first = page1.find((l) => lead.replace(/\s/g, '').startsWith(l.text) && l.text.length > 6)
    expect(first).toBeDefined()
    expect(Math.abs(first!.x0_mm - (28 + 2 * 5.644))).toBeLessThanOrEqual(0.5)
  })

  it('落款：成文日期右空四字，署名以日期为准居中（±1 mm）', () => {
    const { notice, lines } = get(c.name)
    const { org, date } = notice.signature
    if (!notice.parts.includes('signature') || !org || !date) return
    const last = Math.max(...lines.map((l) => l.page))
    const onLast = lines.filter((l) => l.page === last)
    const dateLine = onLast.find((l) => l.text === IsoDate.toChinese(date))
    const orgLine = onLast.find((l) => l.text === org.replace(/\s/g, ''))
    expect(dateLine).toBeDefined()
    expect(orgLine).toBeDefined()
    // 版心右边 184 mm，空四字 = 4 × 5.64 mm。
    expect(Math.abs(dateLine!.x1_mm - (184 - 4 * 5.644))).toBeLessThanOrEqual(1)
    const centre = (l: PdfLine) => (l.x0_mm + l.x1_mm) / 2
    expect(Math.abs(centre(orgLine!) - centre(dateLine!))).toBeLessThanOrEqual(1)
    expect(orgLine!.y0_mm).toBeLessThan(dateLine!.y0_mm)
  })

  it('Word 文字 = 网页文字 = 模型文字', () => {
    const { notice, docx, html } = get(c.name)
    const model = modelLines(notice)
    expect(model.length).toBeGreaterThan(3)
    // 网页总有 h1（H-STRUCT-01）：通报没有标题部分时，h1 是推导出的标题；Word 也排这个标题（issue #11），其余逐段相同。
    const title = notice.parts.includes('title') ? [] : [cleanText(noticeTitle(notice))]
    expect(htmlLines(html)).toEqual([...title, ...model])
    expect(docxLines(docx)).toEqual([...title, ...model])
  })
})
