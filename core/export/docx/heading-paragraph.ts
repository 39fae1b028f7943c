// 独立成段的标题（7.3.3）：序号加标题，一级黑体、二级楷体、三四级仿宋；与下段同页，带大纲级别。
import type { Paragraph } from 'docx'
import type { Para } from '../../layout/paragraphs'
import { standaloneHeadingFormat } from './format'
import { layoutRuns, styledParagraph } from './paragraph'

export function headingParagraph(p: Para): Paragraph {
  const level = Number(p.role.slice(-1)) as 1 | 2 | 3 | 4
  return styledParagraph(`heading${level}`, layoutRuns(p.runs), standaloneHeadingFormat(level))
}
