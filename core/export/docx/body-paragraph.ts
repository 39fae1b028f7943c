// 正文段落（导语、组织情况、统计、下一步、联系方式及各条目的正文）：3号仿宋，首行空二字，两端对齐。
// 段内标题（run-in，“（一）提高政治站位。”后接正文）同在一段，只有标题句用该级字体，由字符样式给出（§1.6）。
import { type Paragraph, TextRun } from 'docx'
import type { Para } from '../../layout/paragraphs'
import { RUN_IN_STYLE_ID } from './format'
import { layoutRuns, styledParagraph } from './paragraph'

export function bodyParagraph(p: Para): Paragraph {
  const [first, ...rest] = p.runs
  const lead = first?.lead ? [new TextRun({ style: RUN_IN_STYLE_ID[first.lead], text: first.text })] : []
  // 落款前的末段（layout keepSignatureWithText）：与下段同页、段中不分页，整段随落款。
  const keep = p.keepNext ? { keepNext: true, keepLines: true } : {}
  return styledParagraph('body', [...lead, ...layoutRuns(lead.length ? rest : p.runs)], keep)
}
