// 段落与文字的构造：每个段落都带样式 id、固定行距和 widowControl=false（§3.1 X22：样式里写不进，只能逐段写）。
// 文字格式（字体、字号、字距、颜色）只在样式里写一次，文字片段只写样式之外的加粗与倾斜：
// 既是“段落只点名样式”的写法，也让大文档的 XML 小一半、导出快一倍。
import { type IParagraphOptions, Paragraph, TextRun } from 'docx'
import type { TextRun as ModelRun } from '../../model/rich-text'
import { cleanText } from '../clean-text'
import { type ParagraphRole, paragraphFormat, STYLE_ID } from './format'

type Children = IParagraphOptions['children']

export function styledParagraph(role: ParagraphRole, children: Children, extra: Omit<IParagraphOptions, 'children'> = {}): Paragraph {
  return new Paragraph({ style: STYLE_ID[role], ...paragraphFormat(role), widowControl: false, ...extra, children })
}

/** 一段文字，格式取自所在段落的样式；文字先经清理。 */
export function styledRun(text: string): TextRun {
  return new TextRun({ text: cleanText(text) })
}

/** 模型中的文字片段：正文格式来自段落样式，只另写加粗、倾斜。 */
export function modelRuns(runs: ModelRun[]): TextRun[] {
  return runs
    .filter((r) => r.text !== '')
    .map((r) => new TextRun({ text: cleanText(r.text), ...(r.bold ? { bold: true } : {}), ...(r.italic ? { italics: true } : {}) }))
}

/** 空一行：一个 579 twip 的空段。 */
export function blankParagraph(): Paragraph {
  return styledParagraph('blank', [])
}
