// 正文段落（导语、组织情况、统计、下一步、联系方式及各条目的正文）：3号仿宋，首行空二字，两端对齐。
// 导语就是一段正文（genre.md §2），不另设函数。
import type { Paragraph } from 'docx'
import type { TextRun as ModelRun } from '../../model/rich-text'
import { modelRuns, styledParagraph } from './paragraph'

export function bodyParagraph(runs: ModelRun[]): Paragraph {
  return styledParagraph('body', modelRuns(runs))
}
