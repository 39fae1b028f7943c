// 版记（GB/T 9704-2012 7.4）：抄送、印发机关和印发日期，4号仿宋，左右各空一字；
// 首末分隔线粗、中间细，末条分隔线与版心下边缘重合。整块放进一个贴版心底边的文本框（framePr），
// 不随正文长短移动。[UNCONFIRMED：Word 中未渲染验证]
import {
  AlignmentType, BorderStyle, FrameAnchorType, FrameWrap, HeightRule, type IParagraphOptions, type Paragraph, Tab, TabStopType,
  TextRun,
} from 'docx'
import { IsoDate } from '../../model/dates'
import { BANJI, GRID, PAGE } from '../../spec/gbt9704'
import type { Banji } from '../options'
import { styledParagraph, styledRun } from './paragraph'

/** 版记占 rows 行、底边与版心下边缘重合的文本框。LibreOffice 不理会 yAlign=bottom，故写绝对位置与固定高度。 */
function frame(rows: number): IParagraphOptions['frame'] {
  return {
    type: 'absolute',
    position: { x: 0, y: PAGE.textHeightTw - rows * GRID.linePitchTw },
    anchor: { horizontal: FrameAnchorType.MARGIN, vertical: FrameAnchorType.MARGIN },
    width: PAGE.textWidthTw,
    height: rows * GRID.linePitchTw,
    rule: HeightRule.EXACT,
    wrap: FrameWrap.NOT_BESIDE,
  }
}

const rule = (size: number) => ({ style: BorderStyle.SINGLE, size, color: '000000', space: 0 })

/** 抄送以句号结束（7.4.2）；印发日期后加“印发”（7.4.3）。 */
export function banjiBlock(banji: Banji): Paragraph[] {
  const thick = rule(BANJI.thickRuleEighthPt)
  const thin = rule(BANJI.thinRuleEighthPt)
  const out: Paragraph[] = []
  const cc = banji.cc.filter((s) => s.trim() !== '')
  const rows = cc.length ? 2 : 1
  if (cc.length) {
    out.push(styledParagraph('banji', [styledRun(`抄送：${cc.join('，')}。`)], {
      frame: frame(rows), border: { top: thick, bottom: thin },
    }))
  }
  const date = banji.printDate ? `${IsoDate.toChinese(banji.printDate)}印发` : ''
  // 印发日期右空一字：右对齐制表位设在距版心右边一字处（制表位从版心左边量起）。
  const tabAt = PAGE.textWidthTw - BANJI.sideIndentTw
  const dateRun = date ? [new TextRun({ children: [new Tab(), date] })] : []
  out.push(styledParagraph('banji', [styledRun(banji.printer), ...dateRun], {
    frame: frame(rows),
    alignment: AlignmentType.LEFT,
    tabStops: [{ type: TabStopType.RIGHT, position: tabAt }],
    border: cc.length ? { bottom: thick } : { top: thick, bottom: thick },
  }))
  return out
}
