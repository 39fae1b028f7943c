// 一段的折行：段落 → 折行的输入（各截文字、行宽、首行缩进）→ 排成的行。版式、Word 导出（版记行高）与折行余量（firm-breaks）共用。
import { PAGE, TWIPS_PER_PT } from '../spec/gbt9704'
import { type BreakOptions, breakLines, type LineSpan, type Span } from './break-lines'
import { AUTO_SPACE_EM, runFace } from './metrics'
import type { Para, Run } from './paragraphs'

const WIDTH_PT = PAGE.textWidthTw / TWIPS_PER_PT

export function spansOf(runs: readonly Run[], scale = 1): Span[] {
  return runs.map((r) => ({ text: r.text, face: runFace(r.font, r.bold), sizePt: r.sizePt * scale, spacingPt: r.spacingPt }))
}

/** 一段折行的输入：各截文字与行宽、首行缩进等（paraLines 与 firmBreaks 共用）。 */
export function breakInput(p: Para): { spans: Span[]; options: BreakOptions } {
  // 版记在表格单元格里，LibreOffice 7.4 不在单元格里悬挂标点 [VERIFIED：12 个抄送机关排 4 行，不是 3 行]；
  // 按悬挂算会少算一行，固定行高的表格行就把末行裁掉。
  const hanging = !p.role.startsWith('banji')
  return {
    spans: spansOf(p.runs, p.scale),
    options: { widthPt: WIDTH_PT - p.leftPt - p.rightPt, firstIndentPt: p.firstIndentPt, autoSpaceEm: AUTO_SPACE_EM, hanging },
  }
}

/**
 * 段落已折好的行：版式把同一段排好几遍（落款与正文同页、版记的位置、最后的分页各排一遍），段落是不变的数据，折一次就记下。
 * 折行余量（firmBreaks）改过字距的段落折点不变，由它直接记下。
 */
const brokenLines = new WeakMap<Para, readonly LineSpan[]>()

/** 记下段落 p 的折行（调用方保证与 breakLines 对它的结果相同），返回 p。 */
export function rememberLines(p: Para, lines: readonly LineSpan[]): Para {
  brokenLines.set(p, lines)
  return p
}

function lineSpans(p: Para): readonly LineSpan[] {
  let lines = brokenLines.get(p)
  if (!lines) {
    const { spans, options } = breakInput(p)
    lines = breakLines(spans, options)
    brokenLines.set(p, lines)
  }
  return lines
}

/** 一段排成的行（每行的文字截段与左右边距）。 */
export function paraLines(p: Para): { runs: Run[]; leftPt: number; rightPt: number; last: boolean }[] {
  if (p.runs.every((r) => r.text === '')) return [{ runs: [], leftPt: p.leftPt, rightPt: p.rightPt, last: true }]
  const spans = lineSpans(p)
  return spans.map((s, i) => ({
    runs: sliceRuns(p.runs, s.start, s.end),
    leftPt: p.leftPt + (i === 0 ? p.firstIndentPt : 0),
    rightPt: p.rightPt,
    last: i === spans.length - 1,
  }))
}

export function sliceRuns(runs: readonly Run[], start: number, end: number): Run[] {
  const out: Run[] = []
  let at = 0
  for (const r of runs) {
    const a = Math.max(start, at)
    const b = Math.min(end, at + r.text.length)
    if (a < b) out.push({ ...r, text: r.text.slice(a - at, b - at) })
    at += r.text.length
  }
  return out
}
