// 标题（7.3.1）：2号小标宋居中，按梯形/菱形回行（core/export/title-lines.ts，版式与预览同用），每行一段。
import type { Paragraph } from 'docx'
import type { Para } from '../../layout/paragraphs'
import { styledParagraph, styledRun } from './paragraph'

export function titleParagraph(p: Para): Paragraph {
  // 每行一段而不用段内换行：各行都是完整的 579 行，LibreOffice 与 Word 的行高一致。
  return styledParagraph('title', [styledRun(p.runs.map((r) => r.text).join(''))])
}
