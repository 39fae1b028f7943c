// 页码（GB/T 9704-2012 7.5）：“— N —”，4号宋体；单页居右空一字，双页居左空一字（§3.1 X12–X17）。
import { AlignmentType, Footer, type Paragraph, SimpleField, TextRun } from 'docx'
import { PAGE_NUMBER } from '../../spec/gbt9704'
import { type FormatOptions, runFormat } from './format'
import { styledParagraph } from './paragraph'

function pageNumberParagraph(side: 'odd' | 'even', o: FormatOptions): Paragraph {
  const run = runFormat('pageNumber', o)
  const dash = PAGE_NUMBER.dash
  return styledParagraph(
    'pageNumber',
    // 完整的 PAGE 域，带缓存结果（单页 1、双页 2）：不更新域的阅读器（WPS 预览、部分网页预览）也显示页码。
    [
      new TextRun({ ...run, text: `${dash} ` }),
      new SimpleField('PAGE', side === 'odd' ? '1' : '2'),
      new TextRun({ ...run, text: ` ${dash}` }),
    ],
    side === 'odd'
      ? { alignment: AlignmentType.RIGHT, indent: { right: PAGE_NUMBER.sideIndentTw } }
      : { alignment: AlignmentType.LEFT, indent: { left: PAGE_NUMBER.sideIndentTw } },
  )
}

/** default 页脚用于单页，even 用于双页；需配合文档的 evenAndOddHeaderAndFooters。 */
export function pageNumberFooters(o: FormatOptions): { default: Footer; even: Footer } {
  return {
    default: new Footer({ children: [pageNumberParagraph('odd', o)] }),
    even: new Footer({ children: [pageNumberParagraph('even', o)] }),
  }
}
