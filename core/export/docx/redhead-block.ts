// 版头（GB/T 9704-2012 7.2）：红色发文机关标志、其下空二行的发文字号、发文字号下 4 mm 的红色分隔线，
// 分隔线下空二行接标题（7.3.1）。格数由 core/layout 定（paragraphs.ts redheadParas）；这里只在格内微调，
// 各段高度之和仍是 579 的整数倍，版头之后的行仍落在 22 行的格子上。
import { AlignmentType, BorderStyle, LineRuleType, type Paragraph, Tab, TabStopType, TextRun } from 'docx'
import type { Para } from '../../layout/paragraphs'
import type { FontProfile } from '../../spec/font-profiles'
import { GRID, PAGE, REDHEAD, TWIPS_PER_PT } from '../../spec/gbt9704'
import { REDHEAD_TOP_ROWS } from '../../layout/paragraphs'
import { cleanText } from '../clean-text'
import { fontSlots } from './format'
import { styledParagraph, styledRun } from './paragraph'

const PITCH = GRID.linePitchTw
/**
 * 标志段行高两格、固定行距：LibreOffice 与 Word 把字放在行的下部，字号越小字顶越低。段前在三格之外再加 shift，
 * 使 48 pt 标志的上边缘落在版心下约 35 mm（7.2.4，[VERIFIED：LibreOffice 7.4，光栅测量] 125 twip）；
 * 字号缩小时字顶下移约 1.17 × 差值（替代字体 Noto Serif CJK 的下沉 0.288 em 加字身 0.88 em），相应少加。
 */
function markShiftTw(sizePt: number): number {
  return Math.round(125 - (REDHEAD.orgMarkSizePt - sizePt) * 1.168 * TWIPS_PER_PT)
}
/** 分隔线：画在空段上边框；段前留出的距离使线在发文字号字底下约 4 mm（7.2.7）。[VERIFIED 同上] */
const SEPARATOR_BEFORE_TW = 128
const SEPARATOR_WIDTH_TW = (REDHEAD.separatorSizeEighthPt / 8) * 20

export function orgMarkParagraph(p: Para, first: boolean): Paragraph {
  const r = p.runs[0]!
  const shift = first ? markShiftTw(r.sizePt) : 0
  return styledParagraph(
    'orgMark',
    [
      new TextRun({
        text: cleanText(r.text),
        size: Math.round(r.sizePt * 2),
        ...(p.scale < 1 ? { scale: Math.round(p.scale * 100) } : {}),
      }),
    ],
    {
      spacing: {
        line: p.rowsPerLine * PITCH,
        lineRule: LineRuleType.EXACT,
        before: (first ? REDHEAD_TOP_ROWS * PITCH : 0) + shift,
        after: 0,
      },
    },
  )
}

/** 标志后的第一个空行：少去标志段多占的 shift，回到格子上。 */
export function redheadGapParagraph(mark: Para): Paragraph {
  const shift = markShiftTw(mark.runs[0]!.sizePt)
  return styledParagraph('blank', [], { spacing: { line: PITCH - shift, lineRule: LineRuleType.EXACT, before: 0, after: 0 } })
}

/** 段前、边框与行高合计一格。 */
export function separatorParagraph(): Paragraph {
  return styledParagraph('blank', [], {
    spacing: {
      line: PITCH - SEPARATOR_BEFORE_TW - SEPARATOR_WIDTH_TW,
      lineRule: LineRuleType.EXACT,
      before: SEPARATOR_BEFORE_TW,
      after: 0,
    },
    border: { top: { style: BorderStyle.SINGLE, size: REDHEAD.separatorSizeEighthPt, color: REDHEAD.color, space: 0 } },
  })
}

/**
 * 发文字号段（7.2.5）；有签发人时（7.2.6）发文字号居左空一字，右对齐制表位（距版心右边一字）后是“签发人：”（仿宋，
 * 段落样式的字体）与姓名（楷体，另写字体）。位置都由 layout 的段落给出，这里只照写。
 */
export function docNumberParagraph(p: Para, fonts: FontProfile): Paragraph {
  const number = styledRun(p.runs.map((r) => r.text).join(''))
  if (!p.rightRuns) return styledParagraph('docNumber', [number])
  const tw = (pt: number) => Math.round(pt * TWIPS_PER_PT)
  // 发文字号段的样式是仿宋：只有姓名（楷体）另写字体。
  const right = p.rightRuns.map((r, i) => {
    const text = cleanText(r.text)
    return new TextRun({
      children: i === 0 ? [new Tab(), text] : [text],
      ...(r.font === 'fangsong' ? {} : { font: fontSlots(fonts[r.font]) }),
    })
  })
  return styledParagraph('docNumber', [number, ...right], {
    alignment: AlignmentType.LEFT,
    indent: { left: tw(p.leftPt), right: tw(p.rightPt) },
    // 制表位从版心左边量起。
    tabStops: [{ type: TabStopType.RIGHT, position: PAGE.textWidthTw - tw(p.rightPt) }],
  })
}
