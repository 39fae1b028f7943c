// 段内标题（run-in）：“（一）提高政治站位。”后接正文，同在一段；只有标题句用该级字体（§1.6），由字符样式给出。
import { type Paragraph, TextRun } from 'docx'
import type { Level } from '../../model/numbering'
import type { TextRun as ModelRun } from '../../model/rich-text'
import { cleanText } from '../clean-text'
import { RUN_IN_STYLE_ID } from './format'
import { modelRuns, styledParagraph } from './paragraph'

export function runInParagraph(level: Level, marker: string, heading: string, runs: ModelRun[]): Paragraph {
  const lead = cleanText(marker + heading)
  const headingRun = lead ? [new TextRun({ style: RUN_IN_STYLE_ID[level], text: lead })] : []
  return styledParagraph('body', [...headingRun, ...modelRuns(runs)])
}
