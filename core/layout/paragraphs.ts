// 通报 → 版式段落：每段的文字（按字体分截）、缩进、对齐、行高（格数）与“与下段同页”。
// Word 导出与版式计算都从这里取段落，二者因而一段不差。
import { type Block, noticeBlocks } from '../document/blocks'
import { noticeTitle } from '../derive/title'
import { cleanText } from '../export/clean-text'
import type { Banji, Redhead, ResolvedExport } from '../export/options'
import { titleLines } from '../export/title-lines'
import { IsoDate } from '../model/dates'
import type { Path } from '../model/item'
import type { Notice } from '../model/notice'
import type { FontRole } from '../spec/font-profiles'
import {
  BANJI,
  BODY_FIRST_LINE_INDENT_TW,
  CHAR_TW,
  FONT_SIZE_PT,
  GRID,
  HEADING_FONT_ROLE,
  REDHEAD,
  SIGNATURE,
  SIGNER,
  TITLE,
  TWIPS_PER_PT,
} from '../spec/gbt9704'

/** 发文机关标志上方的空格数：标志上边缘距版心上边缘 35 mm（7.2.4），约三格。 */
export const REDHEAD_TOP_ROWS = 3
import { signatureIndents } from './signature-indents'

/** 段落角色（也是 docx 样式的后缀）。 */
export type ParaRole =
  | 'orgMark'
  | 'docNumber'
  | 'separator'
  | 'title'
  | 'heading1'
  | 'heading2'
  | 'heading3'
  | 'heading4'
  | 'body'
  | 'signature'
  | 'date'
  | 'blank'
  | 'banjiCc'
  | 'banjiPrint'

/** 一截同格式的文字。 */
export interface Run {
  text: string
  font: FontRole
  sizePt: number
  /** 字距调整（pt）。 */
  spacingPt: number
  bold: boolean
  italic: boolean
  red: boolean
  /** 段内标题句（run-in）的层级：只有标题句用该级字体（export-compliance §1.6）。 */
  lead?: 1 | 2 | 3 | 4
}

export interface Para {
  role: ParaRole
  runs: Run[]
  align: 'justify' | 'left' | 'center' | 'right'
  /** 首行缩进、左右缩进（pt）；悬挂缩进为负的首行缩进。 */
  firstIndentPt: number
  leftPt: number
  rightPt: number
  /** 每行占几格（579 twip 一格）。 */
  rowsPerLine: number
  /** 段前空几格（发文机关标志上方，7.2.4）。 */
  beforeRows: number
  /** 另起一页（版记移到偶数页）或另起一节（空白页与版记页不编页码，7.5）。只用于版记，正文从不强制分页。 */
  breakBefore?: 'page' | 'section'
  /** 与下段同页且段中不分页（标题、独立标题、落款前的末段）。 */
  keepNext: boolean
  /** 横向压缩（w:w，1 为不压缩）：发文机关标志在最小字号下仍排不下一行时用（7.2.4）。 */
  scale: number
  /** 印发日期：右对齐制表位后的文字（与印发机关同一行）。 */
  tail?: string
  /** 右对齐制表位后的、带格式的文字：签发人（“签发人：”仿宋，姓名楷体，7.2.6），与发文字号同一行。 */
  rightRuns?: Run[]
  /** 在模型中的位置，供预览跳回编辑器。 */
  path?: Path
}

const PT = (tw: number) => tw / TWIPS_PER_PT
const SIZE3 = FONT_SIZE_PT.三号
const BODY_SPACING = GRID.characterSpacing / 20

export function run(text: string, font: FontRole, sizePt: number = SIZE3, extra: Partial<Run> = {}): Run {
  return {
    text: cleanText(text),
    font,
    sizePt,
    spacingPt: sizePt === SIZE3 ? BODY_SPACING : 0,
    bold: false,
    italic: false,
    red: false,
    ...extra,
  }
}

function para(role: ParaRole, runs: Run[], extra: Partial<Para> = {}): Para {
  const indented = role === 'body' || role.startsWith('heading')
  return {
    role,
    runs,
    align: indented ? 'justify' : 'left',
    firstIndentPt: indented ? PT(BODY_FIRST_LINE_INDENT_TW) : 0,
    leftPt: 0,
    rightPt: 0,
    rowsPerLine: 1,
    beforeRows: 0,
    keepNext: false,
    scale: 1,
    ...extra,
  }
}

export const blankPara = (): Para => para('blank', [])

/** 标题（7.3.1）：2号小标宋居中，按梯形/菱形回行（与 .docx 同一个 titleLines），每行一段；其下空一行。 */
function titleParas(title: string, path: Path): Para[] {
  return [
    ...titleLines(cleanText(title)).map((line) =>
      para('title', [run(line, 'xiaobiaosong', FONT_SIZE_PT[TITLE.size])], { align: 'center', keepNext: true, path }),
    ),
    blankPara(),
  ]
}

function modelRuns(b: Block): Run[] {
  return b.runs.filter((r) => r.text !== '').map((r) => run(r.text, 'fangsong', SIZE3, { bold: !!r.bold, italic: !!r.italic }))
}

function blockParas(b: Block, o: ResolvedExport): Para[] {
  const level = (b.level || 1) as 1 | 2 | 3 | 4
  const headingRun = (text: string) => run(text, HEADING_FONT_ROLE[level], SIZE3, { bold: level === 3 && o.boldLevel3 })
  switch (b.kind) {
    case 'title':
      return titleParas(b.heading, b.path)
    case 'heading':
      return [para(`heading${level}`, [headingRun(b.marker + b.heading)], { keepNext: true, path: b.path })]
    case 'paragraph': {
      const lead = b.level && (b.marker || b.heading) ? [{ ...headingRun(b.marker + b.heading), lead: level }] : []
      return [para('body', [...lead.filter((r) => r.text), ...modelRuns(b)], { path: b.path })]
    }
    default:
      return []
  }
}

/**
 * 落款（7.3.5）：加盖印章时正文下空二行 [PRACTICE]，日期右空四字、署名以日期为准居中；
 * 不加盖印章时空一行，署名右空二字。
 */
function signatureParas(org: string, date: string, sealed: boolean): Para[] {
  const orgText = cleanText(org)
  const dateText = cleanText(date)
  const ind = signatureIndents(orgText, dateText, sealed)
  const blanks = Array.from({ length: sealed ? SIGNATURE.blankLinesSealed : SIGNATURE.blankLinesUnsealed }, blankPara)
  return [
    ...blanks,
    ...(orgText
      ? [para('signature', [run(orgText, 'fangsong')], { align: 'right', rightPt: PT(ind.org), path: ['signature', 'org'] })]
      : []),
    ...(dateText
      ? [para('date', [run(dateText, 'fangsong')], { align: 'right', rightPt: PT(ind.date), path: ['signature', 'date'] })]
      : []),
  ]
}

/** 正文部分：标题、各级标题、正文段落与落款（不含版头、版记）。 */
export function bodyParas(notice: Notice, o: ResolvedExport): Para[] {
  const blocks = noticeBlocks(notice)
  const out: Para[] = []
  const org = blocks.find((b) => b.kind === 'signature-org')
  const date = blocks.find((b) => b.kind === 'signature-date')
  const textOf = (b: Block | undefined) => (b ? b.runs.map((r) => r.text).join('') : '')
  // 没有标题部分的通报（导入时原文标题在别处）：Word 与网页都用推导出的标题，二者不再一个有一个没有。
  if (!notice.parts.includes('title')) out.push(...titleParas(noticeTitle(notice), ['title']))
  for (const b of blocks) {
    if (b.kind === 'signature-org' || b.kind === 'signature-date') {
      // 两块中先出现的那个位置放整个落款：署名的位置由日期宽度定。
      if (b === (org ?? date)) out.push(...signatureParas(textOf(org), textOf(date), o.sealed))
    } else out.push(...blockParas(b, o))
  }
  return out
}

/**
 * 版头（7.2）：版心上方空三格后是发文机关标志（每个机关一行，每行两格高），其下空二行是发文字号（7.2.5），
 * 再下一格是红色分隔线（7.2.7），分隔线下空二行接标题（7.3.1）。docx 在格内微调标志与分隔线的位置，格数不变。
 */
export function redheadParas(redhead: Redhead, markSizePt: number, markScale: number): Para[] {
  const blanks = (n: number) => Array.from({ length: n }, blankPara)
  return [
    ...redhead.orgMarks.map((m, i) =>
      para('orgMark', [run(m, 'xiaobiaosong', markSizePt, { red: true, spacingPt: 0 })], {
        align: 'center',
        rowsPerLine: 2,
        beforeRows: i === 0 ? REDHEAD_TOP_ROWS : 0,
        scale: markScale,
      }),
    ),
    ...blanks(REDHEAD.docNumberGapLines),
    docNumberPara(redhead),
    para('separator', []),
    ...blanks(REDHEAD.titleGapLines - 1),
  ]
}

/**
 * 发文字号（7.2.5）：居中；有签发人时（7.2.6）发文字号居左空一字，“签发人：姓名”居右空一字，在同一行。
 */
function docNumberPara(redhead: Redhead): Para {
  const number = [run(redhead.docNumber, 'fangsong')]
  if (!redhead.signer) return para('docNumber', number, { align: 'center' })
  const side = PT(SIGNER.sideIndentTw)
  return para('docNumber', number, {
    align: 'left',
    leftPt: side,
    rightPt: side,
    rightRuns: [run(SIGNER.label, SIGNER.labelFont), run(redhead.signer, SIGNER.nameFont)],
  })
}

/**
 * 版记（7.4）：4号仿宋，左右各空一字；抄送回行时与冒号后的第一个字对齐（7.4.2），末了加句号；
 * 印发机关左空一字，印发日期右空一字，后加“印发”（7.4.3）。
 */
export function banjiParas(banji: Banji): Para[] {
  const size = FONT_SIZE_PT[BANJI.size]
  const side = PT(BANJI.sideIndentTw)
  const label = '抄送：'
  const hang = [...label].length * size
  const out: Para[] = []
  if (banji.cc.length) {
    out.push(
      para('banjiCc', [run(`${label}${banji.cc.join('，')}。`, 'fangsong', size)], {
        leftPt: side + hang,
        firstIndentPt: -hang,
        rightPt: side,
      }),
    )
  }
  out.push(
    para('banjiPrint', [run(banji.printer, 'fangsong', size)], {
      leftPt: side,
      rightPt: side,
      tail: `${IsoDate.toChinese(banji.printDate)}印发`,
    }),
  )
  return out
}

export const CHAR_PT = PT(CHAR_TW)
