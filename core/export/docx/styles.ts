// 文档样式：文档默认格式、本项目自己的段落样式与 run-in 标题字符样式；覆盖 docx 内置标题样式的颜色。
import type { IStylesOptions } from 'docx'
import { TEXT_COLOR } from '../../spec/gbt9704'
import {
  EXACT_LINE,
  type FormatOptions,
  headingRunFormat,
  type ParagraphRole,
  paragraphFormat,
  RUN_IN_STYLE_ID,
  runFormat,
  STYLE_ID,
  STYLE_NAME,
} from './format'

const ROLES = Object.keys(STYLE_ID) as ParagraphRole[]

/** docx 内置的 Title、Heading1–6、Caption、Hyperlink 自带颜色（§3.1 X25）；公文文字一律黑色（5.2.4）。 */
const BLACK = { run: { color: TEXT_COLOR } }

export function noticeStyles(o: FormatOptions): IStylesOptions {
  return {
    default: {
      // 文档默认格式不带正文的字距紧缩（−5）：它只写在3号字的样式里。带上它，标题、发文机关标志、版记、页码都跟着紧缩，
      // 与版式（core/layout 只给3号字紧缩）不符 [VERIFIED：LibreOffice 7.4 中版记4号字每字 13.75 pt，不是 14 pt]。
      document: { run: { ...runFormat('body', o), characterSpacing: undefined }, paragraph: { spacing: EXACT_LINE } },
      title: BLACK,
      heading1: BLACK,
      heading2: BLACK,
      heading3: BLACK,
      heading4: BLACK,
      heading5: BLACK,
      heading6: BLACK,
      caption: BLACK,
      hyperlink: BLACK,
    },
    paragraphStyles: ROLES.map((role) => ({
      id: STYLE_ID[role],
      name: STYLE_NAME[role],
      basedOn: 'Normal',
      quickFormat: true,
      run: runFormat(role, o),
      paragraph: paragraphFormat(role),
    })),
    characterStyles: ([1, 2, 3, 4] as const).map((level) => ({
      id: RUN_IN_STYLE_ID[level],
      name: `${['一', '二', '三', '四'][level - 1]}级标题（段内）`,
      basedOn: 'DefaultParagraphFont',
      run: headingRunFormat(level, o),
    })),
  }
}
