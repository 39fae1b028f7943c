// 版头（GB/T 9704-2012 7.2）：红色发文机关标志、其下空二行的发文字号、发文字号下 4 mm 的红色分隔线，
// 分隔线下空二行接标题（7.3.1）。各段高度都是 579 的整数倍，版头之后的行仍落在 22 行的格子上。
import { BorderStyle, LineRuleType, type Paragraph } from 'docx'
import { GRID, REDHEAD } from '../../spec/gbt9704'
import type { Redhead } from '../options'
import { blankParagraph, styledParagraph, styledRun } from './paragraph'

const PITCH = GRID.linePitchTw
/**
 * 标志段：段前三行、行高两行，段前再多 ORG_MARK_SHIFT_TW，使标志上边缘落在版心下约 35 mm（7.2.4）；
 * 其后第一个空行少同样的高度，之后各行仍在格子上。[VERIFIED：LibreOffice 7.4 渲染，光栅测量]
 */
const ORG_MARK_SHIFT_TW = 125
/** 分隔线：画在空段上边框；段前留出的距离使线在发文字号字底下约 4 mm（7.2.7）。[VERIFIED 同上] */
const SEPARATOR_BEFORE_TW = 128
const SEPARATOR_WIDTH_TW = (REDHEAD.separatorSizeEighthPt / 8) * 20

export function redheadBlock(redhead: Redhead): Paragraph[] {
  return [
    styledParagraph('orgMark', [styledRun(redhead.orgMark)], {
      spacing: { line: 2 * PITCH, lineRule: LineRuleType.EXACT, before: 3 * PITCH + ORG_MARK_SHIFT_TW, after: 0 },
    }),
    styledParagraph('blank', [], { spacing: { line: PITCH - ORG_MARK_SHIFT_TW, lineRule: LineRuleType.EXACT, before: 0, after: 0 } }),
    ...Array.from({ length: REDHEAD.docNumberGapLines - 1 }, blankParagraph),
    styledParagraph('docNumber', [styledRun(redhead.docNumber)]),
    // 段前、边框与行高合计一行。
    styledParagraph('blank', [], {
      spacing: { line: PITCH - SEPARATOR_BEFORE_TW - SEPARATOR_WIDTH_TW, lineRule: LineRuleType.EXACT, before: SEPARATOR_BEFORE_TW, after: 0 },
      border: { top: { style: BorderStyle.SINGLE, size: REDHEAD.separatorSizeEighthPt, color: REDHEAD.color, space: 0 } },
    }),
    ...Array.from({ length: REDHEAD.titleGapLines - 1 }, blankParagraph),
  ]
}
