// 正文段落（导语、组织情况、统计、下一步、联系方式及各条目的正文）：3号仿宋，首行空二字，两端对齐。
// 段内标题（run-in，“（一）提高政治站位。”后接正文）同在一段，只有标题句用该级字体，由字符样式给出（§1.6）。
import type { Paragraph } from 'docx'
import type { Para } from '../../layout/paragraphs'
import { layoutRuns, styledParagraph } from './paragraph'

export function bodyParagraph(p: Para): Paragraph {
  // 落款前的末段（layout keepSignatureWithText）：与下段同页、段中不分页，整段随落款。
  const keep = p.keepNext ? { keepNext: true, keepLines: true } : {}
  // 段内标题句（Run.lead）用字符样式写出；版式为紧行调字距时它可能分成几截，每截都带样式。
  return styledParagraph('body', layoutRuns(p.runs), keep)
}
