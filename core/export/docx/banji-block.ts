// 版记（GB/T 9704-2012 7.4）：抄送、印发机关和印发日期，4号仿宋，左右各空一字；
// 首末分隔线粗、中间细，末条分隔线与版心下边缘重合（7.4.1）。
// 版记是一个浮动表格，定位在版心底部，不随正文长短移动。（段落文本框 framePr 在 LibreOffice 中不生成，且会丢掉段落边框。）
import {
  BorderStyle, HeightRule, type Paragraph, Tab, Table, TableAnchorType, TableCell, TableLayoutType, TableRow, TabStopType, TextRun,
  WidthType,
} from 'docx'
import { IsoDate } from '../../model/dates'
import { BANJI, GRID, PAGE } from '../../spec/gbt9704'
import type { Banji } from '../options'
import { blankParagraph, styledParagraph, styledRun } from './paragraph'

/**
 * 与版心同宽（7.4.1）。Word 按浮动表格放到版心底部；LibreOffice 7.4 只把比版心窄约 0.5 cm（实测 250–300 twip 之间）
 * 以上的浮动表格当作浮动，同宽的表格排在落款之后的正文流里——宽度合乎标准，位置不贴底。[VERIFIED：LibreOffice 7.4]
 */
const TABLE_WIDTH = PAGE.textWidthTw

const rule = (size: number) => ({ style: BorderStyle.SINGLE, size, color: '000000' })
const NONE = { style: BorderStyle.NONE, size: 0, color: 'auto' }

function row(paragraph: Paragraph): TableRow {
  return new TableRow({
    height: { value: GRID.linePitchTw, rule: HeightRule.EXACT },
    children: [new TableCell({ children: [paragraph], margins: { top: 0, bottom: 0, left: 0, right: 0 } })],
  })
}

/** 抄送以句号结束（7.4.2）；印发日期后加“印发”，右空一字（7.4.3）。 */
export function banjiBlock(banji: Banji): (Paragraph | Table)[] {
  const cc = banji.cc.filter((s) => s.trim() !== '')
  const rows: TableRow[] = []
  if (cc.length) rows.push(row(styledParagraph('banji', [styledRun(`抄送：${cc.join('，')}。`)])))
  const date = banji.printDate ? `${IsoDate.toChinese(banji.printDate)}印发` : ''
  // 右对齐制表位：距单元格右边一字（制表位从段落所在区域左边量起）。
  const tabAt = PAGE.textWidthTw - BANJI.sideIndentTw
  const dateRun = date ? [new TextRun({ children: [new Tab(), date] })] : []
  rows.push(row(styledParagraph('banji', [styledRun(banji.printer), ...dateRun], { tabStops: [{ type: TabStopType.RIGHT, position: tabAt }] })))
  const table = new Table({
    rows,
    width: { size: TABLE_WIDTH, type: WidthType.DXA },
    columnWidths: [TABLE_WIDTH],
    layout: TableLayoutType.FIXED,
    borders: {
      top: rule(BANJI.thickRuleEighthPt),
      bottom: rule(BANJI.thickRuleEighthPt),
      insideHorizontal: rule(BANJI.thinRuleEighthPt),
      left: NONE, right: NONE, insideVertical: NONE,
    },
    float: {
      horizontalAnchor: TableAnchorType.MARGIN,
      absoluteHorizontalPosition: 0,
      verticalAnchor: TableAnchorType.MARGIN,
      absoluteVerticalPosition: PAGE.textHeightTw - rows.length * GRID.linePitchTw,
    },
  })
  // 浮动表格要锚定在其后的段落上。
  return [table, blankParagraph()]
}
