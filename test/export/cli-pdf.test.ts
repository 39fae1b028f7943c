// PDF 导出（issue #11 第 4 点）：无头 Chromium 打印 core/layout 的页；与 LibreOffice 渲染同一通报的 .docx 比页数与各行文字，
// 字体嵌入（pdffonts），文字可选（有 ToUnicode，pdftotext 读得出），页码与版式相同。
import { execFileSync } from 'node:child_process'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { layoutNotice } from '../../core/layout'
import { lineGlyphs } from '../../core/layout/line-glyphs'
import { PAGE, TWIPS_PER_PT } from '../../core/spec/gbt9704'
import { runCli } from '../../electron/cli/main'
import { findChromium, printPdf } from '../../electron/cli/print-pdf'
import { saveProject } from '../../electron/files/project-store'
import { sampleNotice } from '../support/sample-notice'
import { pdfLines, type PdfLine, sameLineAsLibreOffice, tempDir } from './support/render'

const dir = tempDir('pdf')
const root = join(import.meta.dirname, '../..')
const FONTS = join(root, 'test/.fontconfig/fonts.conf')
const CC = ['县纪委县监委', '县委各部委', '县人大常委会党组', '县政府党组', '县政协党组', '县法院党组']
let chromeLines: PdfLine[] = []
let loLines: PdfLine[] = []
const isNumber = (t: string) => /^—\d+—$/.test(t)

beforeAll(async () => {
  const file = join(dir, 'n.tongbao')
  await saveProject(file, sampleNotice())
  const prev = process.env.FONTCONFIG_FILE
  process.env.FONTCONFIG_FILE = FONTS
  const io = { out: () => {}, err: () => {} }
  const code = await runCli(
    ['export', file, '--pdf', join(dir, 'n.pdf'), '--docx', join(dir, 'n.docx'), '--redhead', '--banji', '--cc', CC.join(',')],
    io,
  )
  process.env.FONTCONFIG_FILE = prev
  expect(code).toBe(0)
  execFileSync(
    'soffice',
    [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', join(dir, 'lo'), join(dir, 'n.docx')],
    {
      env: { ...process.env, FONTCONFIG_FILE: FONTS, HOME: dir },
      stdio: 'ignore',
      timeout: 180_000,
    },
  )
  chromeLines = await pdfLines(join(dir, 'n.pdf'))
  loLines = await pdfLines(join(dir, 'lo', 'n.pdf'))
}, 400_000)

describe.runIf(findChromium())('tongbao export --pdf', () => {
  it('A4，页数与 LibreOffice 渲染的 .docx 相同，各行文字吻合（打印数字）', () => {
    const info = execFileSync('pdfinfo', [join(dir, 'n.pdf')], { encoding: 'utf8' })
    expect(info).toMatch(/Page size:\s+59\d\.\d+ x 84\d\.\d+ pts \(A4\)/)
    const pages = (ls: PdfLine[]) => Math.max(...ls.map((l) => l.page))
    expect(pages(chromeLines)).toBe(pages(loLines))
    const a = chromeLines.filter((l) => !isNumber(l.text)).map((l) => `${l.page} ${l.text}`)
    const b = loLines.filter((l) => !isNumber(l.text)).map((l) => `${l.page} ${l.text}`)
    // 同一页、同样的文字；LibreOffice 不画行末悬挂的标点，Chromium 画（与版式、Word 相同）
    const same = b.filter((x, i) => a[i] !== undefined && sameLineAsLibreOffice(a[i]!, x)).length
    console.log(`PDF 与 LibreOffice：页 ${pages(chromeLines)}/${pages(loLines)}，行 ${same}/${b.length}`)
    expect(a).toHaveLength(b.length)
    expect(same).toBe(b.length)
  })

  it('字体全部嵌入，文字可选', () => {
    const fonts = execFileSync('pdffonts', [join(dir, 'n.pdf')], { encoding: 'utf8' })
      .split('\n')
      .slice(2)
      .filter(Boolean)
    expect(fonts.length).toBeGreaterThan(0)
    for (const f of fonts) expect(f, f).toMatch(/\byes\s+(yes|no)\s+yes\s+\d+\s+\d+$/)
    expect(chromeLines.map((l) => l.text).join('')).toContain('青山县委把巡视整改作为重大政治任务来抓')
  })

  it('居中、居右的行照版式的字位：发文字号、署名、成文日期的起止与版式相差不到 0.5 mm', () => {
    // Chromium 不在汉字与数字之间加间距：打印页把间距写成 margin，否则成文日期整行右移约 6 mm，发文字号约 0.7 mm。
    const layout = layoutNotice(sampleNotice(), { redhead: true, banji: { cc: CC } })
    const mm = (pt: number) => (pt * 25.4) / 72
    const left = PAGE.leftTw / TWIPS_PER_PT
    const checked: string[] = []
    layout.pages.forEach((p, i) => {
      for (const l of p.lines.filter((x) => ['docNumber', 'signature', 'date'].includes(x.para.role))) {
        const g = lineGlyphs(l)
        const text = g
          .map((x) => x.ch)
          .join('')
          .replace(/\s/g, '')
        const printed = chromeLines.find((c) => c.page === i + 1 && c.text.replace(/\s/g, '') === text)
        expect(printed, text).toBeDefined()
        expect(Math.abs(printed!.x0_mm - mm(left + g[0]!.xPt)), `${text} 起点`).toBeLessThan(0.5)
        expect(Math.abs(printed!.x1_mm - mm(left + g.at(-1)!.xPt + g.at(-1)!.advancePt)), `${text} 终点`).toBeLessThan(0.5)
        checked.push(text)
      }
    })
    expect(checked).toHaveLength(3)
    expect(checked.at(-1)).toMatch(/^\d{4}年\d+月\d+日$/)
  })

  it('页码与版式相同：单页居右、双页居左；版记页在偶数页', () => {
    const layout = layoutNotice(sampleNotice(), { redhead: true, banji: { cc: CC } })
    layout.pages.forEach((p, i) => {
      const n = chromeLines.filter((l) => l.page === i + 1 && isNumber(l.text))
      expect(n.map((l) => Number(l.text.replace(/—/g, '')))).toEqual(p.number === null ? [] : [p.number])
      if (p.number !== null) expect(p.number % 2 === 1 ? n[0]!.x1_mm > 150 : n[0]!.x0_mm < 60).toBe(true)
    })
    expect(layout.pages.length % 2).toBe(0)
  })
})

it('没有 Chromium 时给出中文说明', async () => {
  const r = await printPdf('<html></html>', null)
  expect(r).toEqual({ kind: 'failed', message: expect.stringMatching(/^未找到 Chromium/) })
})
