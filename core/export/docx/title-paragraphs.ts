// 标题（7.3.1）：2号小标宋居中，按梯形/菱形回行，每行一段；标题下空一行。
import type { Paragraph } from 'docx'
import { cleanText } from '../clean-text'
import { titleLines } from '../title-lines'
import { blankParagraph, styledParagraph, styledRun } from './paragraph'

export function titleParagraphs(title: string): Paragraph[] {
  // 每行一段而不用段内换行：各行都是完整的 579 行，LibreOffice 与 Word 的行高一致。
  const lines = titleLines(cleanText(title))
  return [...lines.map((line) => styledParagraph('title', [styledRun(line)])), blankParagraph()]
}
