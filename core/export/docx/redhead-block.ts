// 版头（GB/T 9704-2012 7.2）：红色发文机关标志、其下空二行的发文字号、发文字号下 4 mm 的红色分隔线，
// 分隔线下空二行接标题（7.3.1）。各段高度都是 579 的整数倍，版头之后的行仍落在 22 行的格子上。
import { BorderStyle, LineRuleType, type Paragraph } from 'docx'
import { GRID, REDHEAD } from '../../spec/gbt9704'
import type { Redhead } from '../options'
import { blankParagraph, styledParagraph, styledRun } from './paragraph'

const PITCH = GRID.linePitchTw
/** 分隔线与其上方行框底边的距离（pt）：3号字在 579 行框中的下留白约 2.3 mm，再加约 1.7 mm 到 4 mm。 */
const SEPARATOR_SPACE_PT = 5
const SEPARATOR_WIDTH_TW = (REDHEAD.separatorSizeEighthPt / 8) * 20

export function redheadBlock(redhead: Redhead): Paragraph[] {
  return [
    // 标志占两行高，段前三行：上边缘约在版心下 35 mm（7.2.4）。[UNCONFIRMED：按 LibreOffice 渲染调定]
    styledParagraph('orgMark', [styledRun(redhead.orgMark)], {
      spacing: { line: 2 * PITCH, lineRule: LineRuleType.EXACT, before: 3 * PITCH, after: 0 },
    }),
    ...Array.from({ length: REDHEAD.docNumberGapLines }, blankParagraph),
    styledParagraph('docNumber', [styledRun(redhead.docNumber)]),
    // 分隔线画在一个空段的上边框；边框宽度与间距从该段行高中扣除，合计仍是一行。
    styledParagraph('blank', [], {
      spacing: { line: PITCH - SEPARATOR_SPACE_PT * 20 - SEPARATOR_WIDTH_TW, lineRule: LineRuleType.EXACT, before: 0, after: 0 },
      border: { top: { style: BorderStyle.SINGLE, size: REDHEAD.separatorSizeEighthPt, color: REDHEAD.color, space: SEPARATOR_SPACE_PT } },
    }),
    ...Array.from({ length: REDHEAD.titleGapLines - 1 }, blankParagraph),
  ]
}
