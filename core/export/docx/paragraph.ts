// 段落与文字的构造：每个段落都带样式 id、固定行距和 widowControl=false（§3.1 X22：样式里写不进，只能逐段写）。
import { type IParagraphOptions, Paragraph, TextRun } from 'docx'
import type { TextRun as ModelRun } from '../../model/rich-text'
import { cleanText } from '../clean-text'
import { type FormatOptions, type ParagraphRole, paragraphFormat, runFormat, STYLE_ID } from './format'

type Children = IParagraphOptions['children']

export function styledParagraph(role: ParagraphRole, children: Children, extra: Omit<IParagraphOptions, 'children'> = {}): Paragraph {
  return new Paragraph({ style: STYLE_ID[role], ...paragraphFormat(role), widowControl: false, ...extra, children })
}

/** 一段文字，按角色取格式；文字先经清理。 */
export function styledRun(role: ParagraphRole, text: string, o: FormatOptions): TextRun {
  return new TextRun({ ...runFormat(role, o), text: cleanText(text) })
}

/** 模型中的文字片段（可加粗、倾斜），按正文格式。 */
export function modelRuns(runs: ModelRun[], o: FormatOptions): TextRun[] {
  return runs
    .filter((r) => r.text !== '')
    .map((r) => new TextRun({ ...runFormat('body', o), text: cleanText(r.text), bold: r.bold ?? false, italics: r.italic ?? false }))
}

/** 空一行：一个 579 twip 的空段。 */
export function blankParagraph(): Paragraph {
  return styledParagraph('blank', [])
}
