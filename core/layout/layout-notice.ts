// 版式：从通报与签发稿设置算出排出来的每一页、每一行——GB/T 9704 的 22 行 × 28 字版心、
// 行首行尾禁则、标题回行、落款与版记的位置。页面预览、PDF 与 .docx 导出都读它：
// .docx 要做的排版决定（版记前补几行、版记是否另起一页、标题压缩字距）都在这里定，导出只照写。
import type { DocxOptions, ResolvedExport } from '../export/options'
import { resolveExport } from '../export/options'
import type { Notice } from '../model/notice'
import { FONT_SIZE_PT, GRID, PAGE, REDHEAD, TWIPS_PER_PT } from '../spec/gbt9704'
import { measurePt, NO_LINE_START } from './break-lines'
import { firmBreaks } from './firm-breaks'
import { paraLines } from './para-lines'
import { banjiParas, blankPara, bodyParas, type Para, redheadParas, type Run } from './paragraphs'

export { paraLines, spansOf } from './para-lines'

const ROWS = GRID.linesPerPage
const WIDTH_PT = PAGE.textWidthTw / TWIPS_PER_PT

/** 排好的一行。 */
export interface LayoutLine {
  para: Para
  /** 本行的文字，按格式分截。 */
  runs: Run[]
  /** 本行左边距版心左边（pt，含首行缩进）；右边距版心右边（pt）。 */
  leftPt: number
  rightPt: number
  /** 段落最后一行（两端对齐的段落末行左对齐）。 */
  last: boolean
  /** 在页上的格（0–21）与所占格数。 */
  row: number
  rows: number
}

export interface LayoutPage {
  /** 页码；空白页与其后的版记页不编页码（7.5），为 null。 */
  number: number | null
  lines: LayoutLine[]
}

export interface NoticeLayout {
  options: ResolvedExport
  /** 排版决定已写进段落：版记前的空行、分页位置、压缩的字距。 */
  paras: Para[]
  pages: LayoutPage[]
}

/** 从第 i 段起“与下段同页”连成的一串段落，连同其后一段的首行，共占几格。 */
function chainRows(paras: readonly Para[], lines: readonly unknown[][], i: number): number {
  let need = 0
  let j = i
  for (; j < paras.length && paras[j]!.keepNext; j++) need += paras[j]!.beforeRows + lines[j]!.length * paras[j]!.rowsPerLine
  if (j < paras.length) need += paras[j]!.beforeRows + paras[j]!.rowsPerLine
  return need
}

/** 把段落排进页面：每页 22 格；与下段同页的段落（标题、独立标题）连同下一段的首行排不下时整体移到下页。 */
export function paginate(paras: readonly Para[]): LayoutPage[] {
  const lines = paras.map(paraLines)
  const pages: LayoutPage[] = [{ number: 1, lines: [] }]
  let row = 0
  let numbered = true
  const newPage = () => {
    const prev = pages[pages.length - 1]!
    pages.push({ number: numbered ? (prev.number ?? 0) + 1 : null, lines: [] })
    row = 0
  }
  paras.forEach((p, i) => {
    if (p.breakBefore === 'section') numbered = false
    if (p.breakBefore && (row > 0 || pages[pages.length - 1]!.lines.length > 0)) newPage()
    if (p.keepNext) {
      const need = chainRows(paras, lines, i)
      if (row > 0 && row + need > ROWS && need <= ROWS) newPage()
    }
    row += p.beforeRows
    for (const l of lines[i]!) {
      if (row + p.rowsPerLine > ROWS) newPage()
      pages[pages.length - 1]!.lines.push({ para: p, ...l, row, rows: p.rowsPerLine })
      row += p.rowsPerLine
    }
  })
  return pages
}

/**
 * 发文机关标志的字号（7.2.4：“醒目、美观、庄重”，标准不定字号）：取常用大字号，机关名称排不下一行时逐级缩小，
 * 最小到 2号；仍排不下时横向压缩（w:w）——名称从不在中间折断。联合行文取各机关中最长的一个定字号，上下排列。
 */
export function orgMarkSize(marks: readonly string[]): { sizePt: number; scale: number } {
  const widest = Math.max(1, ...marks.map((m) => measurePt([{ text: m, face: 'serif', sizePt: 1, spacingPt: 0 }])))
  const min = FONT_SIZE_PT.二号
  const fit = Math.floor(WIDTH_PT / widest)
  if (fit >= min) return { sizePt: Math.min(REDHEAD.orgMarkSizePt, fit), scale: 1 }
  return { sizePt: min, scale: Math.floor((WIDTH_PT / (widest * min)) * 100) / 100 }
}

/** 版头所占的格数之外的段落（版心首页上方）。 */
function redheadBlock(o: ResolvedExport): Para[] {
  if (!o.redhead) return []
  const size = orgMarkSize(o.redhead.orgMarks)
  return redheadParas(o.redhead, size.sizePt, size.scale)
}

/**
 * 版记的位置（7.4.1、7.5）：末条分隔线与版心下边缘重合，即版记末行落在最后一页的第 22 行；
 * 双面印刷时最后一页是偶数页 [PRACTICE]。落款所在页是偶数页且排得下：在版记前补空行；
 * 是奇数页：版记另起下一页（偶数页）；偶数页排不下：加一个空白页，版记在其后一页，二页都不编页码（7.5）。
 */
function placeBanji(paras: Para[], banji: Para[]): Para[] {
  const pages = paginate(paras)
  const last = pages[pages.length - 1]!
  const used = last.lines.length ? Math.max(...last.lines.map((l) => l.row + l.rows)) : 0
  const k = banji.reduce((n, p) => n + paraLines(p).length * p.rowsPerLine, 0)
  const even = pages.length % 2 === 0
  const blanks = (n: number) => Array.from({ length: Math.max(0, n) }, blankPara)
  if (used + k <= ROWS && even) return [...paras, ...blanks(ROWS - used - k), ...banji]
  const page = (n: number) => blanks(n).map((b, i) => (i === 0 ? { ...b, breakBefore: 'page' as const } : b))
  if (!even) return [...paras, ...page(ROWS - k), ...banji]
  // 空白页：分节，新节不编页码；空白页上一个空段，版记页另起。
  return [...paras, { ...blankPara(), breakBefore: 'section' as const }, ...page(ROWS - k), ...banji]
}

const SIGNATURE_ROLES = new Set(['blank', 'signature', 'date'])

/**
 * 落款不单独成页（7.3.5.5：“当公文排版后所剩空白处不能容下印章或签发人签名章、成文日期时，可以采取调整行距、字距的措施解决”；
 * [PRACTICE] 不用“此页无正文”）：落款所在页没有正文时，让正文末段整段与落款同页——末段“段中不分页”，它与落款之间的空行、署名都“与下段同页”。
 * LibreOffice 7.4 对“与下段同页”的段落本就整段移动（[VERIFIED]），Word 只移末行；加“段中不分页”后两者一致。
 * 不强制分页，文件在 WPS、Word 中照常可改。
 */
export function keepSignatureWithText(paras: Para[]): Para[] {
  const first = paras.findIndex((p) => p.role === 'signature' || p.role === 'date')
  if (first < 0) return paras
  const page = paginate(paras).find((pg) => pg.lines.some((l) => l.para === paras[first]))!
  if (!page.lines.every((l) => SIGNATURE_ROLES.has(l.para.role))) return paras
  let last = first - 1
  while (last >= 0 && paras[last]!.role === 'blank') last--
  if (last < 0) return paras
  return paras.map((p, i) => {
    if (i === last) return { ...p, keepNext: true }
    if (
      i > last &&
      i < first + 1 &&
      (p.role === 'blank' || p.role === 'signature') &&
      paras[i + 1]?.role !== undefined &&
      SIGNATURE_ROLES.has(paras[i + 1]!.role)
    ) {
      return { ...p, keepNext: true }
    }
    return p
  })
}

/** 末行只有一个字（其后可以跟着不能居行首的点号、后引号、后括号，如“况。”“况）”）。 */
export function isLoneLine(text: string): boolean {
  const chars = Array.from(text.replace(/\s/g, '')).filter((ch) => !NO_LINE_START.has(ch))
  return chars.length <= 1
}

/** 版心一格（28 格之一，pt）：标题右缩进以格为单位，左边各行仍在格上。 */
const CELL_PT = WIDTH_PT / GRID.charsPerLine

/**
 * 标题不留单字（issue #11，[PRACTICE] 公文排版“回行不留单字”）：独立成段的各级标题（一、（一）1.（1））自然折行时末行只剩一个字
 * （“……整改进展情 / 况”），就给它加右缩进，一格一格地加，直到末行至少两个字——前一行少排几个字，字移到末行。
 * 不压缩字距（每行仍是 28 格的字宽），不写强制换行（w:br）：右缩进是段落格式，Word、WPS、LibreOffice 照它自然折行，
 * 与版式同行，文件照常可改。最多缩三格；仍有单字（极少见的长西文词）就照原样。
 */
export function withoutLoneLastLine(p: Para): Para {
  if (!p.role.startsWith('heading')) return p
  const lone = (q: Para) => {
    const lines = paraLines(q)
    return (
      lines.length > 1 &&
      isLoneLine(
        lines
          .at(-1)!
          .runs.map((r) => r.text)
          .join(''),
      )
    )
  }
  if (!lone(p)) return p
  for (let k = 1; k <= 3; k++) {
    const q = { ...p, rightPt: p.rightPt + k * CELL_PT }
    if (!lone(q)) return q
  }
  return p
}

/** 全部段落，连同版式决定。 */
export function documentParas(notice: Notice, o: ResolvedExport): Para[] {
  const paras = keepSignatureWithText([...redheadBlock(o), ...bodyParas(notice, o).map((p) => firmBreaks(withoutLoneLastLine(p)))])
  return o.banji ? placeBanji(paras, banjiParas(o.banji)) : paras
}

export function layoutNotice(notice: Notice, options: DocxOptions = {}): NoticeLayout {
  const o = resolveExport(notice, options)
  const paras = documentParas(notice, o)
  return { options: o, paras, pages: paginate(paras) }
}
