// 独立成段的标题（7.3.3）：序号加标题，一级黑体、二级楷体、三四级仿宋；与下段同页，带大纲级别。
import type { Paragraph } from 'docx'
import type { Level } from '../../model/numbering'
import { standaloneHeadingFormat } from './format'
import { styledParagraph, styledRun } from './paragraph'

export function headingParagraph(level: Level, marker: string, heading: string): Paragraph {
  const role = `heading${level}` as const
  return styledParagraph(role, [styledRun(marker + heading)], standaloneHeadingFormat(level))
}
