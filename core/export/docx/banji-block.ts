// 版记（GB/T 9704-2012 7.4）：抄送、印发机关和印发日期，4号仿宋，左右各空一字；
// 首末分隔线粗、中间细（7.4.1）。版记是正文流中的一个表格，layout 在它前面补足空行，
// 末条分隔线因而落在最后一页版心下边缘（7.4.1）；不用浮动表格：LibreOffice 7.4 把与版心同宽的浮动表格排在正文流里。
import {
  BorderStyle,
  HeightRule,
  LineRuleType,
  type Paragraph,
  Tab,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TabStopType,
  TextRun,
  WidthType,
} from 'docx'
import { paraLines } from '../../layout/layout-notice'
import type { Para } from '../../layout/paragraphs'
import { BANJI, GRID, PAGE, TWIPS_PER_PT } from '../../spec/gbt9704'
import { styledParagraph, styledRun } from './paragraph'

/** 与版心同宽（7.4.1）。 */
const TABLE_WIDTH = PAGE.textWidthTw

const rule = (size: number) => ({ style: BorderStyle.SINGLE, size, color: '000000' })
const NONE = { style: BorderStyle.NONE, size: 0, color: 'auto' }
const tw = (pt: number) => Math.round(pt * TWIPS_PER_PT)

/**
 * 一个版记要素一行表格；行高是 layout 排出的行数 × 579（抄送机关多时随之增高，7.4.2），
 * 减去该行上方（首行另加下方末条）分隔线的粗细：LibreOffice 把边框加在固定行高之外，不减则版记比格子高出约 3 pt，
 * 末行被挤到下一页。[VERIFIED：LibreOffice 7.4]
 */
function row(p: Para, i: number, all: readonly Para[]): TableRow {
  const ruleTw = (eighths: number) => (eighths / 8) * TWIPS_PER_PT
  const borders =
    ruleTw(i === 0 ? BANJI.thickRuleEighthPt : BANJI.thinRuleEighthPt) + (i === all.length - 1 ? ruleTw(BANJI.thickRuleEighthPt) : 0)
  const text = p.runs.map((r) => r.text).join('')
  // 右对齐制表位：距单元格右边一字（制表位从段落所在区域左边量起）。
  const tabAt = PAGE.textWidthTw - BANJI.sideIndentTw
  const tail = p.tail ? [new TextRun({ children: [new Tab(), p.tail] })] : []
  const paragraph: Paragraph = styledParagraph('banji', [styledRun(text), ...tail], {
    indent: { left: tw(p.leftPt), right: tw(p.rightPt), ...(p.firstIndentPt < 0 ? { hanging: tw(-p.firstIndentPt) } : {}) },
    ...(p.tail ? { tabStops: [{ type: TabStopType.RIGHT, position: tabAt }] } : {}),
  })
  return new TableRow({
    height: { value: Math.round(paraLines(p).length * GRID.linePitchTw - borders), rule: HeightRule.EXACT },
    cantSplit: true,
    children: [new TableCell({ children: [paragraph], margins: { top: 0, bottom: 0, left: 0, right: 0 } })],
  })
}

/** 抄送以句号结束（7.4.2）；印发日期后加“印发”，右空一字（7.4.3）。 */
export function banjiTable(paras: readonly Para[]): (Paragraph | Table)[] {
  const table = new Table({
    rows: paras.map(row),
    width: { size: TABLE_WIDTH, type: WidthType.DXA },
    columnWidths: [TABLE_WIDTH],
    layout: TableLayoutType.FIXED,
    borders: {
      top: rule(BANJI.thickRuleEighthPt),
      bottom: rule(BANJI.thickRuleEighthPt),
      insideHorizontal: rule(BANJI.thinRuleEighthPt),
      left: NONE,
      right: NONE,
      insideVertical: NONE,
    },
  })
  // Word 与 LibreOffice 在表格后总有一个段落；版记贴着版心下边缘，这个段落只能极矮（22 格之外剩 18 twip），否则多出一页。
  return [table, styledParagraph('blank', [], { spacing: { line: TRAILING_TW, lineRule: LineRuleType.EXACT, before: 0, after: 0 } })]
}

/** 版心高 12756 − 22 × 579 = 18 twip 的余量之内。 */
const TRAILING_TW = 15
