// 版式 → OFD 页上的位置（mm，原点在页面左上角）：每截文字的字的横坐标与基线，页码的位置。
// 横向全由 core/layout 的字位（lineGlyphs）定；纵向取行所占的格，字的基线按 baselinePt 放进格里。
import { measurePt } from '../../layout/break-lines'
import type { LayoutLine } from '../../layout/layout-notice'
import { lineGlyphs } from '../../layout/line-glyphs'
import { FACE_OF_ROLE } from '../../layout/metrics'
import { pageNumberPlace, pageNumberText } from '../../layout/page-marks'
import { PAGE } from '../../spec/gbt9704'
import { LINE_PITCH_MM, LINE_PITCH_PT, ptToMm, TYPE_AREA } from './units'

/**
 * 基线在行框中的位置：字的内容区（上伸 ascent、下伸 descent，以 em 计）在行框里上下居中——与 PDF 打印页
 * （CSS 行高）同一算法。上下伸取预览与 PDF 所用替代字体 Noto CJK 的 hhea 值 1.16 / 0.288 em
 * （test/e2e/ofd-reader.test.ts 在 Chromium 中把 PDF 打印页的字与 OFD 的字逐行比对）。
 */
export const ASCENT_EM = 1.16
export const DESCENT_EM = 0.288

/** 行框上边为 topPt、高 heightPt、字号 sizePt 时基线的纵坐标（pt）。 */
export const baselinePt = (topPt: number, heightPt: number, sizePt: number) =>
  topPt + (heightPt - (ASCENT_EM + DESCENT_EM) * sizePt) / 2 + ASCENT_EM * sizePt

/** 一行在页上的框（mm）：左边、上边、宽、高。 */
export function lineBox(line: LayoutLine): { x: number; y: number; w: number; h: number } {
  return {
    x: TYPE_AREA.leftMm + ptToMm(line.leftPt),
    y: TYPE_AREA.topMm + line.row * LINE_PITCH_MM,
    w: TYPE_AREA.widthMm - ptToMm(line.leftPt + line.rightPt),
    h: line.rows * LINE_PITCH_MM,
  }
}

/** 一截文字在页上的字：横坐标（mm，字的左边）与共同的基线（mm）。 */
export interface PlacedRun {
  run: number
  chars: string[]
  xs: number[]
  baseline: number
}

/** 一行按文字截分开的字位（每截写一个 TextObject）。 */
export function placedRuns(line: LayoutLine): PlacedRun[] {
  const box = lineBox(line)
  const out: PlacedRun[] = []
  for (const g of lineGlyphs(line)) {
    let cur = out[out.length - 1]
    if (!cur || cur.run !== g.run) {
      const size = line.runs[g.run]!.sizePt
      cur = { run: g.run, chars: [], xs: [], baseline: box.y + ptToMm(baselinePt(0, line.rows * LINE_PITCH_PT, size)) }
      out.push(cur)
    }
    cur.chars.push(g.ch)
    cur.xs.push(TYPE_AREA.leftMm + ptToMm(g.xPt))
  }
  return out
}

/** 印发日期（版记末行右端的“××××年×月×日印发”）：右对齐到行的右边，字号同版记。 */
export function tailRun(line: LayoutLine, text: string, sizePt: number): PlacedRun {
  const box = lineBox(line)
  const chars = Array.from(text)
  const widths = chars.map((ch) => measurePt([{ text: ch, face: FACE_OF_ROLE.fangsong, sizePt, spacingPt: 0 }]))
  let x = box.x + box.w - ptToMm(widths.reduce((a, b) => a + b, 0))
  const xs = widths.map((w) => {
    const at = x
    x += ptToMm(w)
    return at
  })
  return { run: -1, chars, xs, baseline: box.y + ptToMm(baselinePt(0, line.rows * LINE_PITCH_PT, sizePt)) }
}

/** 页码“— N —”的字位（7.5）：宋体 4号，框的上边与左右位置同 PDF 打印页。 */
export function pageNumberRun(n: number): PlacedRun & { sizePt: number } {
  const at = pageNumberPlace(n)
  const chars = Array.from(pageNumberText(n))
  const widths = chars.map((ch) => ptToMm(measurePt([{ text: ch, face: FACE_OF_ROLE.songti, sizePt: at.sizePt, spacingPt: 0 }])))
  const total = widths.reduce((a, b) => a + b, 0)
  let x = at.side === 'left' ? ptToMm(at.insetPt) : PAGE.widthMm - ptToMm(at.insetPt) - total
  const xs = widths.map((w) => {
    const here = x
    x += w
    return here
  })
  return { run: -1, chars, xs, baseline: ptToMm(at.topPt + ASCENT_EM * at.sizePt), sizePt: at.sizePt }
}
