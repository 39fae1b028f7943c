// 段落折行：按字宽把一段文字排成若干行，行首行尾禁则与标点悬挂照 LibreOffice 7.4（zh-CN）与 Word 的做法。
// 禁则字符表取自 LibreOffice 的 zh_CN 区域数据（liblocaledata_others：ForbiddenLineBegin/EndCharacters、
// HangingCharacters），Word 的简体中文默认表与之大体相同；GB/T 15834-2011 4.x 的要求（点号、后半个标号不居行首，
// 前半个标号不居行尾）是它的子集。
import { advanceEm, AUTO_SPACE_EM, type MetricFace, type Script, scriptOfCodePoint } from './metrics'

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
  /** 行末标点可否悬挂在行外；缺省可以。 */
  hanging?: boolean
}

/** 一行：段落文字中的 [start, end)（以 UTF-16 下标计）。 */
export interface LineSpan {
  start: number
  end: number
}

/** 全角标点（U+3000–303F、U+FF00–FF65 与“”‘’…—）：两侧不加中西文间距。按码位比较：每段每字都要判断。 */
const isFullWidthPunct = (cp: number) =>
  (cp >= 0x3000 && cp <= 0x303f) ||
  (cp >= 0xff00 && cp <= 0xff65) ||
  cp === 0x201c ||
  cp === 0x201d ||
  cp === 0x2018 ||
  cp === 0x2019 ||
  cp === 0x2026 ||
  cp === 0x2014

export interface Glyph {
  ch: string
  at: number
  /** 前进宽度（pt）= fontPt + spacingPt + extraPt；改字距时照同一算式重算（respacedGlyphs），与重新量字的结果一位不差。 */
  advance: number
  /** 字体的前进宽度（pt，按字号）、字距（pt）、汉字段里半角标点多算的宽度（pt）。 */
  fontPt: number
  spacingPt: number
  extraPt: number
  gapBefore: number
  /** 宽度里含拟合的常数：中西文间距（gap）、汉字段里半角标点多占的宽度（punct）。这样的字越多，版式与 LibreOffice 的出入可能越大。 */
  fitted: 'gap' | 'punct' | null
  /** 字符所在的文字段：汉字段（asian）或西文段（western）；标点、空格随前面最近的汉字或字母数字（LibreOffice 的做法）。 */
  run: 'asian' | 'western'
}

/** 一个字符串能在哪里断开之外的硬约束：西文词（字母数字串及其中的 . , % : / - + 等）不从中间断开（“1+N+1”）。 */
const WESTERN_WORD = /[A-Za-z0-9.%:/\-_@+]/

export function glyphs(spans: readonly Span[], autoSpaceEm: number): Glyph[] {
  const out: Glyph[] = []
  let at = 0
  // 前一个字的文字类别，及它是否“强”（汉字或西文字母数字，不是标点、空格）；段首之前没有字。
  let prevScript: Script = 'weak'
  let prevStrong = false
  let run: Glyph['run'] = 'asian'
  for (const span of spans) {
    for (const ch of span.text) {
      const cp = ch.codePointAt(0)!
      const s = scriptOfCodePoint(cp)
      const strong = s !== 'weak' && !isFullWidthPunct(cp)
      // 间距只加在相邻的汉字与西文字母数字之间；标点（全角、半角）两侧都不加。
      const gap = prevStrong && strong && prevScript !== s ? autoSpaceEm * span.sizePt : 0
      prevScript = s
      prevStrong = strong
      if (s !== 'weak') run = s
      const extra = run === 'asian' && isHalfWidthPunct(cp) ? HALF_PUNCT_IN_ASIAN_EM * span.sizePt : 0
      const fontPt = advanceEm(ch, span.face) * span.sizePt
      out.push({
        ch,
        at,
        advance: fontPt + span.spacingPt + extra,
        fontPt,
        spacingPt: span.spacingPt,
        extraPt: extra,
        gapBefore: gap,
        run,
        fitted: extra > 0 ? 'punct' : gap > 0 ? 'gap' : null,
      })
      at += ch.length
    }
  }
  return out
}

/** 半角标点（ASCII 中不是字母、数字、空格的字符：! 至 /、: 至 @、[ 至 `、{ 至 ~）。 */
const isHalfWidthPunct = (cp: number) =>
  (cp >= 0x21 && cp <= 0x2f) || (cp >= 0x3a && cp <= 0x40) || (cp >= 0x5b && cp <= 0x60) || (cp >= 0x7b && cp <= 0x7e)

/**
 * 汉字段里的半角标点（“以上(含市级)”“力度,”中的括号、逗号）在 LibreOffice 7.4 折行时比字体的前进宽度多占约 0.035 字。
 * [VERIFIED：五个样例逐段比对 LibreOffice 7.4 的折行，与中西文间距 AUTO_SPACE_EM 一起试算，0.032–0.038 吻合最多
 * （中西文间距曾取 0.23 时此值为 0.025：两者一同拟合）；排出的 PDF 里这些标点只比字宽多约 0.014 字，折行与绘制用的宽度
 * 为何不同未查明，故只作度量常数，不是规则。]
 */
export const HALF_PUNCT_IN_ASIAN_EM = 0.035

/** 把一段文字折成行。空段落得一行空行。 */
export function breakLines(spans: readonly Span[], o: BreakOptions): LineSpan[] {
  return breakGlyphs(glyphs(spans, o.autoSpaceEm), o).lines
}

/**
 * 排一行的经过：cut 为下一行首字的下标（排到段末则为字数）；reach 为读到宽度的最后一个字（排不下的那个字，或末字）；
 * fill 为行首之后排进了的字里最远的右端（x + 字宽，pt；没有则为 −∞）；over 为排不下的那个字的右端（排到段末则为 +∞）。
 * 行宽换成 W 时，fill ≤ W + 0.01 < over 就说明一路排进的字与排不下的字都不变，折点因而不变，不必重排（tightnessOf）。
 */
export interface LineScan {
  cut: number
  reach: number
  fill: number
  over: number
}

/**
 * 折好的一段：各行（lines）连同每行首字（firsts，glyphs 的下标）与排这一行的经过（scans）。
 * 紧行检验（core/layout/firm-breaks）据此只重排宽度可能变了的行。
 */
export interface BrokenLines {
  lines: LineSpan[]
  firsts: number[]
  scans: LineScan[]
}

/** 折行：行的折断点由 lineCut 定，行首的空格不占位。 */
export function breakGlyphs(gs: readonly Glyph[], o: BreakOptions): BrokenLines {
  const total = gs.length ? gs[gs.length - 1]!.at + gs[gs.length - 1]!.ch.length : 0
  const out: BrokenLines = { lines: [], firsts: [], scans: [] }
  const hanging = o.hanging !== false
  let first = 0
  while (first < gs.length) {
    const scan = lineCut(gs, first, lineStartX(o, out.lines.length), o.widthPt, hanging)
    out.firsts.push(first)
    out.scans.push(scan)
    out.lines.push({ start: gs[first]!.at, end: scan.cut < gs.length ? gs[scan.cut]!.at : total })
    first = scan.cut
    while (first < gs.length && gs[first]!.ch === ' ') first++
  }
  if (out.lines.length === 0) out.lines.push({ start: total, end: total })
  return out
}

/** 第 k 行的起点（pt）：首行缩进，其余行从 0 起。 */
export const lineStartX = (o: BreakOptions, k: number): number => (k === 0 ? o.firstIndentPt : 0)

/** 从第 first 个字（行首在 x0 处）起排一行，行宽 widthPt（见 LineScan）。 */
export function lineCut(gs: readonly Glyph[], first: number, x0: number, widthPt: number, hanging: boolean): LineScan {
  let x = x0
  let fill = -Infinity
  for (let i = first; i < gs.length; i++) {
    const g = gs[i]!
    const w = (i === first ? 0 : g.gapBefore) + g.advance
    if (i === first) {
      x += w
      continue
    }
    if (x + w <= widthPt + 0.01) {
      x += w
      if (x > fill) fill = x
      continue
    }
    const over = x + w
    if ((hanging && canHang(gs, i)) || g.ch === ' ') return { cut: i + 1, reach: i, fill, over }
    return { cut: backOff(gs, first, i), reach: i, fill, over }
  }
  return { cut: gs.length, reach: gs.length - 1, fill, over: Infinity }
}

const nextCut = (gs: readonly Glyph[], first: number, x0: number, widthPt: number, hanging: boolean): number =>
  lineCut(gs, first, x0, widthPt, hanging).cut

/**
 * 第 [from, to) 个字的字距换成 spacing(原字距) 后的各字：宽度照 glyphs 的同一算式（fontPt + spacingPt + extraPt），
 * 与把改了字距的文字重新量一遍所得的完全相同；其余的字原样共用。
 */
export function respacedGlyphs(gs: readonly Glyph[], from: number, to: number, spacing: (pt: number) => number): Glyph[] {
  const out = gs.slice()
  for (let i = from; i < to; i++) {
    const g = gs[i]!
    const spacingPt = spacing(g.spacingPt)
    out[i] = { ...g, spacingPt, advance: g.fontPt + spacingPt + g.extraPt }
  }
  return out
}

/**
 * 折行差一点就不同的行：行宽窄一点时这一行少排字（narrow：刚好排得下），或宽一点时多排字（wide：差一点排得下）。
 * 版式与 LibreOffice、Word 的字宽有零点几磅的出入，这样的行在它们那里可能折在别处（见 core/layout/firm-breaks）。
 * “一点”是 margin.basePt，加上这一行（连同决定折点的下一个字）里每处中西文间距 perGapPt、汉字段里每个半角标点 perPunctPt。
 */
export type Tightness = 'narrow' | 'wide' | null

export interface TightMargin {
  basePt: number
  perGapPt: number
  perPunctPt: number
}

export function lineTightness(spans: readonly Span[], o: BreakOptions, margin: TightMargin): Tightness[] {
  const gs = glyphs(spans, o.autoSpaceEm)
  const { firsts, scans } = breakGlyphs(gs, o)
  return firsts.map((first, k) => tightnessOf(gs, first, scans[k]!, lineStartX(o, k), o, margin))
}

/**
 * 从第 first 个字起、照 scan 折断的一行（行首在 x0 处）是不是紧行：行宽窄 m 或宽 m 时折点是否变。
 * 余量之外的行（排进的字离窄了的行宽还有余地、排不下的字连宽了的行宽也超出）折点显然不变，不重排；其余的行照那个行宽重排一遍。
 */
export function tightnessOf(
  gs: readonly Glyph[],
  first: number,
  scan: LineScan,
  x0: number,
  o: BreakOptions,
  margin: TightMargin,
): Tightness {
  const hanging = o.hanging !== false
  const { cut } = scan
  let m = margin.basePt
  for (let i = first; i <= cut && i < gs.length; i++) {
    const f = gs[i]!.fitted
    m += f === 'punct' ? margin.perPunctPt : f === 'gap' ? margin.perGapPt : 0
  }
  const unchangedAt = (widthPt: number) => scan.fill <= widthPt + 0.01 && !(scan.over <= widthPt + 0.01)
  const narrow = o.widthPt - m
  if (!unchangedAt(narrow) && nextCut(gs, first, x0, narrow, hanging) !== cut) return 'narrow'
  const wide = o.widthPt + m
  if (cut < gs.length && !unchangedAt(wide) && nextCut(gs, first, x0, wide, hanging) !== cut) return 'wide'
  return null
}

/**
 * 排不下的第 i 个字能否悬挂在行外：它是可悬挂的标点，紧跟在汉字段之后（LibreOffice 只在汉字段里悬挂：“100%。”“1.3。”
 * 整体移到下一行 [VERIFIED：样例 001、003]），且其后的字可以居行首。悬挂的逗号之后即使是数字也照样断开（“工作,/14名”
 * [VERIFIED：样例 003 第 30 页]）：不在逗号与数字之间断行（breakable）只管不悬挂时往前退的断点。
 */
function canHang(gs: readonly Glyph[], i: number): boolean {
  return HANGING.has(gs[i]!.ch) && i > 0 && gs[i - 1]!.run === 'asian' && !NO_LINE_START.has(gs[i + 1]?.ch ?? '')
}

/**
 * 第 c 个字前能否断行：行首行尾禁则、西文词内、半角逗号句点冒号分号与其后的数字之间（“,2023”“:0523”）都不能断；
 * 后引号与其后的字母数字之间也不断（UAX #14 LB19：引号两侧不断；后引号之后是汉字时 LibreOffice 照样断开）
 * [VERIFIED：样例 001 各段前加字移位后，“好干部”10人”LibreOffice 7.4 断成“好干/部”10人”]。
 */
function breakable(gs: readonly Glyph[], c: number): boolean {
  if (c <= 0 || c >= gs.length) return true
  const before = gs[c - 1]!.ch
  const after = gs[c]!.ch
  return !(
    NO_LINE_START.has(after) ||
    NO_LINE_END.has(before) ||
    inWesternWord(gs, c) ||
    (/[,.:;]/.test(before) && /[0-9]/.test(after)) ||
    (/[”’]/.test(before) && /[A-Za-z0-9]/.test(after))
  )
}

/** 断点不合禁则或在西文词中间时往前退；退到行首仍不行就照原处断开（一行排不下的长词）。 */
function backOff(gs: readonly Glyph[], first: number, cut: number): number {
  let c = cut
  while (c > first + 1 && !breakable(gs, c)) c--
  return c > first ? c : cut
}

/**
 * 西文词内不断行，连字符之后除外：LibreOffice 7.4 在“1-9月”排不下时断成“1-”/“9月” [VERIFIED：样例 003 第 7 页，
 * 及一段“……着落。1-9月”的试排]，连字符之前照样不断。
 */
function inWesternWord(gs: readonly Glyph[], c: number): boolean {
  if (c <= 0 || c >= gs.length || gs[c - 1]!.ch === '-') return false
  return WESTERN_WORD.test(gs[c - 1]!.ch) && WESTERN_WORD.test(gs[c]!.ch) && /[A-Za-z0-9]/.test(gs[c - 1]!.ch + gs[c]!.ch)
}

/** 一行文字（不折行）的宽度（pt）。 */
export function measurePt(spans: readonly Span[], autoSpaceEm = AUTO_SPACE_EM): number {
  return glyphs(spans, autoSpaceEm).reduce((w, g, i) => w + g.advance + (i ? g.gapBefore : 0), 0)
}
