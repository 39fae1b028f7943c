// 独立成段的标题（7.3.3）：序号加标题，一级黑体、二级楷体、三四级仿宋；与下段同页，带大纲级别。
import type { Paragraph } from 'docx'
import type { Para } from '../../layout/paragraphs'
import { BODY_FIRST_LINE_INDENT_TW, TWIPS_PER_PT } from '../../spec/gbt9704'
import { standaloneHeadingFormat } from './format'
import { layoutRuns, styledParagraph } from './paragraph'

export function headingParagraph(p: Para): Paragraph {
  const level = Number(p.role.slice(-1)) as 1 | 2 | 3 | 4
  // 版式为不留单字加的右缩进（core/layout withoutLoneLastLine）：首行缩进一并写出，段落的 w:ind 不与样式的逐项合并时也不丢。
  const indent = p.rightPt > 0 ? { indent: { firstLine: BODY_FIRST_LINE_INDENT_TW, right: Math.round(p.rightPt * TWIPS_PER_PT) } } : {}
  return styledParagraph(`heading${level}`, layoutRuns(p.runs), { ...standaloneHeadingFormat(level), ...indent })
}
