// 版式（core/layout）应当落在 OFD 页上的样子，与读回的 OFD 逐页、逐行、逐字比对；返回不符之处（空表为全部相符）。
import { type NoticeLayout } from '../../core/layout'
import { lineGlyphs } from '../../core/layout/line-glyphs'
import { pageNumberPlace, pageNumberText } from '../../core/layout/page-marks'
import { GRID, PAGE, TWIPS_PER_PT } from '../../core/spec/gbt9704'
import { baselinePt } from '../../core/export/ofd/geometry'
import { type ReadOfd, readLines } from './ofd-reader'

/** 验收的容差：每个字与版式相差不超过 0.5 mm。 */
export const TOLERANCE_MM = 0.5
const mm = (pt: number) => (pt * 25.4) / 72
const LEFT = mm(PAGE.leftTw / TWIPS_PER_PT)
const TOP = mm(PAGE.topTw / TWIPS_PER_PT)
const PITCH_PT = GRID.linePitchTw / TWIPS_PER_PT

export interface ExpectedLine {
  text: string
  /** 每个字的左边（mm，页左边起）；印发日期等行尾另排的文字不在其中。 */
  xs: number[]
  baseline: number
}

/** 版式的一页上印出来的行（空行、分隔线不算），自上而下。 */
export function expectedLines(layout: NoticeLayout, pageIndex: number): ExpectedLine[] {
  return layout.pages[pageIndex]!.lines.filter((l) => l.runs.some((r) => r.text.trim() !== '')).map((l) => {
    const glyphs = lineGlyphs(l)
    const size = l.runs[0]!.sizePt
    return {
      text:
        l.runs
          .map((r) => r.text)
          .join('')
          .trimEnd() + (l.para.tail && l.last ? l.para.tail : ''),
      xs: glyphs.map((g) => LEFT + mm(g.xPt)),
      baseline: TOP + mm(baselinePt(l.row * PITCH_PT, l.rows * PITCH_PT, size)),
    }
  })
}

export function compareWithLayout(read: ReadOfd, layout: NoticeLayout): string[] {
  const out: string[] = [...read.problems]
  if (read.pages.length !== layout.pages.length) out.push(`页数：OFD ${read.pages.length}，版式 ${layout.pages.length}`)
  layout.pages.forEach((page, i) => {
    const got = read.pages[i] ? readLines(read.pages[i]!) : []
    const body = got.filter((l) => l.y < TOP + mm((GRID.linesPerPage * GRID.linePitchTw) / TWIPS_PER_PT) + 1)
    const foot = got.filter((l) => !body.includes(l))
    const want = expectedLines(layout, i)
    if (body.length !== want.length) out.push(`第 ${i + 1} 页行数：OFD ${body.length}，版式 ${want.length}`)
    want.forEach((w, j) => {
      const g = body[j]
      if (!g) return
      if (g.text !== w.text) out.push(`第 ${i + 1} 页第 ${j + 1} 行文字：OFD “${g.text}”，版式 “${w.text}”`)
      if (Math.abs(g.y - w.baseline) > TOLERANCE_MM) out.push(`第 ${i + 1} 页第 ${j + 1} 行基线差 ${(g.y - w.baseline).toFixed(2)} mm`)
      const run = read.pages[i]!.runs.filter((r) => Math.abs(r.y - g.y) < 0.05).sort((a, b) => a.xs[0]! - b.xs[0]!)
      const xs = run.flatMap((r) => r.xs)
      w.xs.forEach((x, k) => {
        if (xs[k] === undefined || Math.abs(xs[k]! - x) > TOLERANCE_MM)
          out.push(`第 ${i + 1} 页第 ${j + 1} 行第 ${k + 1} 字横向差 ${xs[k] === undefined ? '（缺字）' : (xs[k]! - x).toFixed(2) + ' mm'}`)
      })
    })
    // 页码（7.5）：空白页与版记页没有；有的一页，单页居右、双页居左，“— N —”。
    if (page.number === null) {
      if (foot.length) out.push(`第 ${i + 1} 页不该有页码，OFD 有“${foot.map((f) => f.text).join('')}”`)
    } else {
      const place = pageNumberPlace(page.number)
      const f = foot[0]
      if (foot.length !== 1 || f!.text !== pageNumberText(page.number))
        out.push(`第 ${i + 1} 页页码：OFD “${foot.map((x) => x.text).join('|')}”`)
      else if (place.side === 'left' ? Math.abs(f!.x - mm(place.insetPt)) > TOLERANCE_MM : f!.x < PAGE.widthMm / 2)
        out.push(`第 ${i + 1} 页页码位置不对（x = ${f!.x.toFixed(1)} mm）`)
    }
  })
  return out
}
