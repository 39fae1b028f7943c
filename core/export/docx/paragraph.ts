// 段落与文字的构造：每个段落都带样式 id、固定行距和 widowControl=false（§3.1 X22：样式里写不进，只能逐段写）。
// 文字格式（字体、字号、字距、颜色）只在样式里写一次，文字片段只写样式之外的加粗、倾斜与 layout 调过的字距：
// 既是“段落只点名样式”的写法，也让大文档的 XML 小一半、导出快一倍。
import { type IParagraphOptions, Paragraph, TextRun } from 'docx'
import type { Run } from '../../layout/paragraphs'
import { FONT_SIZE_PT, GRID } from '../../spec/gbt9704'
import { cleanText } from '../clean-text'
import { type ParagraphRole, paragraphFormat, RUN_IN_STYLE_ID, STYLE_ID } from './format'

type Children = IParagraphOptions['children']

export function styledParagraph(role: ParagraphRole, children: Children, extra: Omit<IParagraphOptions, 'children'> = {}): Paragraph {
  return new Paragraph({ style: STYLE_ID[role], ...paragraphFormat(role), widowControl: false, ...extra, children })
}

/** 字体归属不明的字符：“ ” ‘ ’ — … · –（export-compliance §2.2）。 */
const AMBIGUOUS_SCRIPT = /[\u2018\u2019\u201c\u201d\u2014\u2026\u00b7\u2013]/

/**
 * 含引号、破折号、省略号的文字片段另写 w:hint="eastAsia"（export-compliance §2.2 [STD]：每个含这些字符的 run 都写）：
 * 样式里的 hint 在 Word 中不总被采用，没有它，Word/WPS 用西文字体排这些字符，引号、破折号变成半角。
 */
export function eastAsianHint(text: string): { font?: { hint: 'eastAsia' } } {
  return AMBIGUOUS_SCRIPT.test(text) ? { font: { hint: 'eastAsia' } } : {}
}

/** 一段文字，格式取自所在段落的样式；文字先经清理。 */
export function styledRun(text: string): TextRun {
  const clean = cleanText(text)
  return new TextRun({ text: clean, ...eastAsianHint(clean) })
}

/**
 * 版式中的文字片段：格式来自段落样式（段内标题句来自字符样式），只另写加粗、倾斜，以及与样式不同的字距（w:spacing，1/20 pt：
 * 版式为紧行收紧或放宽的字距，core/layout firmBreaks）。
 */
export function layoutRuns(runs: readonly Run[]): TextRun[] {
  return runs
    .filter((r) => r.text !== '')
    .map((r) => {
      const spacing = Math.round(r.spacingPt * 20)
      const own = r.sizePt === FONT_SIZE_PT.三号 && spacing !== GRID.characterSpacing ? { characterSpacing: spacing } : {}
      if (r.lead) return new TextRun({ style: RUN_IN_STYLE_ID[r.lead], text: r.text, ...own })
      return new TextRun({
        text: r.text,
        ...eastAsianHint(r.text),
        ...(r.bold ? { bold: true } : {}),
        ...(r.italic ? { italics: true } : {}),
        ...own,
      })
    })
}

/** 空一行：一个 579 twip 的空段；版记移到下一页时首个空行另起一页；落款前的空行与落款同页。 */
export function blankParagraph(o: { pageBreakBefore?: boolean; keepNext?: boolean } = {}): Paragraph {
  return styledParagraph('blank', [], {
    ...(o.pageBreakBefore ? { pageBreakBefore: true } : {}),
    ...(o.keepNext ? { keepNext: true } : {}),
  })
}
