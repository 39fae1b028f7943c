// 一行里每个字的横向位置：版式只定了行（哪些字、左右边距、对齐），这里按同一套字宽算出每个字落在哪里。
// OFD 导出逐字写位置（TextCode 的 DeltaX），要的就是它；折行用的也是同一份字宽（break-lines 的 glyphs）。
import { PAGE, TWIPS_PER_PT } from '../spec/gbt9704'
import { glyphs } from './break-lines'
import { spansOf, type LayoutLine } from './layout-notice'
import { advanceEm, AUTO_SPACE_EM, runFace } from './metrics'
import type { Run } from './paragraphs'

const WIDTH_PT = PAGE.textWidthTw / TWIPS_PER_PT

/** 排好的一个字：x 为字的左边距版心左边（pt）。 */
export interface PlacedGlyph {
  ch: string
  /** 所属的文字截（line.runs 的下标）。 */
  run: number
  xPt: number
  advancePt: number
}

/**
 * 一行的字位：左对齐与两端对齐的末行从左边距起排；居中、居右按自然宽度留白；两端对齐的其他行把余下的宽度
 * 平均分到字与字之间（汉字处处可以拉开）。行尾的空格不排（不印出来，也不参与对齐）。
 * 行尾悬挂的标点使自然宽度超出行宽时不压缩，标点照样悬在版心外（与折行的“标点溢出边界”一致）。
 */
export function lineGlyphs(line: LayoutLine): PlacedGlyph[] {
  const p = line.para
  const runOf: number[] = line.runs.flatMap((r, i) => Array.from(r.text, () => i))
  const gs = glyphs(spansOf(line.runs, p.scale), AUTO_SPACE_EM)
  let n = gs.length
  while (n > 0 && gs[n - 1]!.ch === ' ') n--
  const advances = gs.slice(0, n).map((g, i) => (i === 0 ? 0 : g.gapBefore))
  const natural = gs.slice(0, n).reduce((w, g, i) => w + g.advance + advances[i]!, 0)
  const avail = WIDTH_PT - line.leftPt - line.rightPt
  const slack = avail - natural
  const justify = p.align === 'justify' && !line.last && n > 1 && slack > 0
  const offset = p.align === 'center' ? slack / 2 : p.align === 'right' ? slack : 0
  const stretch = justify ? slack / (n - 1) : 0
  const out: PlacedGlyph[] = []
  let x = line.leftPt + offset
  for (let i = 0; i < n; i++) {
    const g = gs[i]!
    x += advances[i]! + (i > 0 ? stretch : 0)
    out.push({ ch: g.ch, run: runOf[i]!, xPt: x, advancePt: g.advance })
    x += g.advance
  }
  return out
}

/** 一截文字中字间隔照字体排的一小段：run 为所属文字截（runs 的下标），marginPt 为段前要另外空出的宽度（pt）。 */
export interface SpacedPiece {
  run: number
  text: string
  marginPt: number
}

/**
 * 把若干截文字分成浏览器照字体就能排对的小段，段与段之间的空隙另给：浏览器（预览、Chromium 打印）不在汉字与数字之间
 * 加间距，也不知道版式给汉字段里半角标点多算的宽度；这两样都作为下一段前的 margin。没有它，居中、居右的行（发文字号、
 * 成文日期）整行比版式窄，起点右移（成文日期约 6 mm）。
 */
export function spacedPieces(runs: readonly Run[], scale = 1): SpacedPiece[] {
  const gs = glyphs(spansOf(runs, scale), AUTO_SPACE_EM)
  const out: SpacedPiece[] = []
  let k = 0
  let carry = 0
  runs.forEach((r, run) => {
    let piece: SpacedPiece | null = null
    for (const ch of r.text) {
      const g = gs[k++]!
      const gap = (k > 1 ? g.gapBefore : 0) + carry
      if (!piece || gap > 0.005) {
        piece = { run, text: '', marginPt: gap > 0.005 ? gap : 0 }
        out.push(piece)
      }
      piece.text += ch
      // 版式字宽超出字体前进宽度与字距的部分（汉字段里的半角标点）记到下一个字前。
      carry = g.advance - (advanceEm(ch, runFace(r.font, r.bold)) * r.sizePt * scale + r.spacingPt)
    }
  })
  return out
}
