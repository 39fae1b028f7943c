// 段落折行：按字宽把一段文字排成若干行，行首行尾禁则与标点悬挂照 LibreOffice 7.4（zh-CN）与 Word 的做法。
// 禁则字符表取自 LibreOffice 的 zh_CN 区域数据（liblocaledata_others：ForbiddenLineBegin/EndCharacters、
// HangingCharacters），Word 的简体中文默认表与之大体相同；GB/T 15834-2011 4.x 的要求（点号、后半个标号不居行首，
// 前半个标号不居行尾）是它的子集。
import { advanceEm, AUTO_SPACE_EM, type MetricFace, scriptOf } from './metrics'

/** 不能出现在行首的字符。 */
export const NO_LINE_START = new Set(
  Array.from(':!),.:;?]}¢\'"、。〉》」』】〕〗〞︰︱︳﹐､﹒﹔﹕﹖﹗﹚﹜﹞！），．：；？｜｝︴︶︸︺︼︾﹀﹂﹄﹏､～￠々‖•·ˇˉ―′’”'),
)
/** 不能出现在行尾的字符。 */
export const NO_LINE_END = new Set(Array.from('([{£¥\'"‵〈《「『【〔〖（［｛￡￥〝︵︷︹︻︽︿﹁﹃﹙﹛﹝“‘'))
/** 可以悬挂在版心右边之外的标点（“标点溢出边界”，OOXML w:overflowPunct 默认开启）。 */
export const HANGING = new Set(Array.from('!,.:;?、。！，．：；？'))

/** 一段文字中字体、字号相同的一截。 */
export interface Span {
  text: string
  face: MetricFace
  /** 字号（pt）。 */
  sizePt: number
  /** 字距调整（pt，每字加上；正文 −0.25）。 */
  spacingPt: number
}

export interface BreakOptions {
  /** 行宽（pt）。 */
  widthPt: number
  /** 首行缩进（pt）。 */
  firstIndentPt: number
  /** 中西文之间的自动间距（em，按所在字号）。 */
  autoSpaceEm: number
}

/** 一行：段落文字中的 [start, end)（以 UTF-16 下标计）。 */
export interface LineSpan {
  start: number
  end: number
}

/** 全角标点：两侧不加中西文间距。 */
const PUNCT = /[\u3000-\u303f\uff00-\uff65“”‘’…—]/
const isStrong = (ch: string) => scriptOf(ch) !== 'weak' && !PUNCT.test(ch)

interface Glyph {
  ch: string
  at: number
  advance: number
  gapBefore: number
}

/** 一个字符串能在哪里断开之外的硬约束：西文词（字母数字串及其中的 . , % : / -）不从中间断开。 */
const WESTERN_WORD = /[A-Za-z0-9.%:/\-_@]/

function glyphs(spans: readonly Span[], autoSpaceEm: number): Glyph[] {
  const out: Glyph[] = []
  let at = 0
  let prevCh = ''
  for (const span of spans) {
    for (const ch of span.text) {
      const s = scriptOf(ch)
      // 间距只加在相邻的汉字与西文字母数字之间；标点（全角、半角）两侧都不加。
      const gap = prevCh !== '' && isStrong(prevCh) && isStrong(ch) && scriptOf(prevCh) !== s ? autoSpaceEm * span.sizePt : 0
      prevCh = ch
      out.push({ ch, at, advance: advanceEm(ch, span.face) * span.sizePt + span.spacingPt, gapBefore: gap })
      at += ch.length
    }
  }
  return out
}

/** 把一段文字折成行。空段落得一行空行。 */
export function breakLines(spans: readonly Span[], o: BreakOptions): LineSpan[] {
  const gs = glyphs(spans, o.autoSpaceEm)
  const total = gs.length ? gs[gs.length - 1]!.at + gs[gs.length - 1]!.ch.length : 0
  const lines: LineSpan[] = []
  let first = 0
  let x = o.firstIndentPt
  let i = 0
  while (i < gs.length) {
    const g = gs[i]!
    const w = (i === first ? 0 : g.gapBefore) + g.advance
    if (x + w <= o.widthPt + 0.01 || i === first) {
      x += w
      i++
      continue
    }
    let cut = i
    // 半角标点后紧接数字字母（“,2023”）时两者不能分开，标点也就不能单独悬挂。
    if ((HANGING.has(g.ch) && !inWesternWord(gs, i + 1)) || g.ch === ' ') cut = i + 1
    else cut = backOff(gs, first, cut)
    lines.push({ start: gs[first]!.at, end: cut < gs.length ? gs[cut]!.at : total })
    first = cut
    // 行首的空格不占位。
    while (first < gs.length && gs[first]!.ch === ' ') first++
    i = first
    x = 0
  }
  if (first < gs.length || lines.length === 0) lines.push({ start: first < gs.length ? gs[first]!.at : total, end: total })
  return lines
}

/** 断点不合禁则或在西文词中间时往前退；退到行首仍不行就照原处断开（一行排不下的长词）。 */
function backOff(gs: readonly Glyph[], first: number, cut: number): number {
  let c = cut
  while (c > first + 1 && (NO_LINE_START.has(gs[c]!.ch) || NO_LINE_END.has(gs[c - 1]!.ch) || inWesternWord(gs, c))) c--
  return c > first ? c : cut
}

function inWesternWord(gs: readonly Glyph[], c: number): boolean {
  if (c <= 0 || c >= gs.length) return false
  return WESTERN_WORD.test(gs[c - 1]!.ch) && WESTERN_WORD.test(gs[c]!.ch) && /[A-Za-z0-9]/.test(gs[c - 1]!.ch + gs[c]!.ch)
}

/** 一行文字（不折行）的宽度（pt）。 */
export function measurePt(spans: readonly Span[], autoSpaceEm = AUTO_SPACE_EM): number {
  return glyphs(spans, autoSpaceEm).reduce((w, g, i) => w + g.advance + (i ? g.gapBefore : 0), 0)
}
