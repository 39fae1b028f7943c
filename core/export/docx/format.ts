// 每种段落角色的段落格式与文字格式：样式定义与段落本身都从这里取，同一组数字只写一处。
import { AlignmentType, type IParagraphStylePropertiesOptions, type IRunStylePropertiesOptions, LineRuleType } from 'docx'
import type { FontProfile, FontRole } from '../../spec/font-profiles'
import {
  BANJI,
  BODY_FIRST_LINE_INDENT_TW,
  GRID,
  HEADING_FONT_ROLE,
  halfPoints,
  PAGE_NUMBER,
  REDHEAD,
  TEXT_COLOR,
  TITLE,
} from '../../spec/gbt9704'

/** 段落角色，也是样式 id 的后缀（不用 Word 内置的 Heading N：LibreOffice 会给它们加“与下段同页”，§3.5）。 */
export type ParagraphRole =
  | 'title'
  | 'body'
  | 'heading1'
  | 'heading2'
  | 'heading3'
  | 'heading4'
  | 'signature'
  | 'date'
  | 'pageNumber'
  | 'orgMark'
  | 'docNumber'
  | 'banji'
  | 'blank'

export const STYLE_ID: Record<ParagraphRole, string> = {
  title: 'TongbaoTitle',
  body: 'TongbaoBody',
  heading1: 'TongbaoHeading1',
  heading2: 'TongbaoHeading2',
  heading3: 'TongbaoHeading3',
  heading4: 'TongbaoHeading4',
  signature: 'TongbaoSignature',
  date: 'TongbaoDate',
  pageNumber: 'TongbaoPageNumber',
  orgMark: 'TongbaoOrgMark',
  docNumber: 'TongbaoDocNumber',
  banji: 'TongbaoBanji',
  blank: 'TongbaoBlank',
}

export const STYLE_NAME: Record<ParagraphRole, string> = {
  title: '通报标题',
  body: '通报正文',
  heading1: '一级标题',
  heading2: '二级标题',
  heading3: '三级标题',
  heading4: '四级标题',
  signature: '发文机关署名',
  date: '成文日期',
  pageNumber: '页码',
  orgMark: '发文机关标志',
  docNumber: '发文字号',
  banji: '版记',
  blank: '空行',
}

/** run-in 标题句的字符样式 id：只有标题句用黑体/楷体/加粗，其后的正文仍是仿宋常规（§1.6）。 */
export const RUN_IN_STYLE_ID = { 1: 'TongbaoRunIn1', 2: 'TongbaoRunIn2', 3: 'TongbaoRunIn3', 4: 'TongbaoRunIn4' } as const

/** 固定行距 579 twip，段前段后为 0：22 行排满版心（5.2.3，§3.2 EXACT）。 */
export const EXACT_LINE = { line: GRID.linePitchTw, lineRule: LineRuleType.EXACT, before: 0, after: 0 } as const

/** 四个字体槽都写同一中文字体名，并加 hint=eastAsia，引号、破折号因此保持全角（§2.2）。 */
export function fontSlots(name: string) {
  return { ascii: name, hAnsi: name, eastAsia: name, cs: name, hint: 'eastAsia' } as const
}

const LANGUAGE = { value: 'en-US', eastAsia: 'zh-CN' } as const

export interface FormatOptions {
  fonts: FontProfile
  boldLevel3: boolean
}

function textRun(font: FontRole, size: number, o: FormatOptions, extra: IRunStylePropertiesOptions = {}): IRunStylePropertiesOptions {
  return { font: fontSlots(o.fonts[font]), size, sizeComplexScript: size, color: TEXT_COLOR, language: LANGUAGE, ...extra }
}

const SIZE_3 = halfPoints('三号')
/** 3号字的字距调整：每行 28 字（5.2.3，§3.3 E4）。 */
const BODY_SPACING = { characterSpacing: GRID.characterSpacing }

/** 角色的文字格式。 */
export function runFormat(role: ParagraphRole, o: FormatOptions): IRunStylePropertiesOptions {
  switch (role) {
    case 'title':
      return textRun('xiaobiaosong', halfPoints(TITLE.size), o)
    case 'heading1':
    case 'heading2':
    case 'heading3':
    case 'heading4':
      return headingRunFormat(Number(role.slice(-1)) as 1 | 2 | 3 | 4, o)
    case 'pageNumber':
      return textRun('songti', halfPoints(PAGE_NUMBER.size), o)
    case 'orgMark':
      return textRun('xiaobiaosong', REDHEAD.orgMarkSizePt * 2, o, { color: REDHEAD.color })
    case 'banji':
      return textRun('fangsong', halfPoints(BANJI.size), o)
    default:
      return textRun('fangsong', SIZE_3, o, BODY_SPACING)
  }
}

/** 各级标题的文字：一级黑体，二级楷体，三、四级仿宋（7.3.3）；三级可加粗 [PRACTICE]。 */
export function headingRunFormat(level: 1 | 2 | 3 | 4, o: FormatOptions): IRunStylePropertiesOptions {
  return textRun(HEADING_FONT_ROLE[level], SIZE_3, o, { ...BODY_SPACING, bold: level === 3 && o.boldLevel3 })
}

const JUSTIFIED_INDENTED: IParagraphStylePropertiesOptions = {
  alignment: AlignmentType.BOTH,
  indent: { firstLine: BODY_FIRST_LINE_INDENT_TW },
  spacing: EXACT_LINE,
}

/** 角色的段落格式（不含落款的右缩进：它由文字宽度算出）。 */
export function paragraphFormat(role: ParagraphRole): IParagraphStylePropertiesOptions {
  switch (role) {
    case 'title':
      return { alignment: AlignmentType.CENTER, spacing: EXACT_LINE, keepNext: true, keepLines: true }
    case 'heading1':
    case 'heading2':
    case 'heading3':
    case 'heading4':
      return { ...JUSTIFIED_INDENTED }
    case 'signature':
    case 'date':
      return { alignment: AlignmentType.RIGHT, spacing: EXACT_LINE }
    case 'pageNumber':
      return { spacing: { line: PAGE_NUMBER.lineTw, lineRule: LineRuleType.EXACT, before: 0, after: 0 } }
    case 'orgMark':
    case 'docNumber':
      return { alignment: AlignmentType.CENTER, spacing: EXACT_LINE }
    case 'banji':
      return { alignment: AlignmentType.LEFT, spacing: EXACT_LINE, indent: { left: BANJI.sideIndentTw, right: BANJI.sideIndentTw } }
    case 'blank':
      return { spacing: EXACT_LINE }
    default:
      return { ...JUSTIFIED_INDENTED }
  }
}

/** 独立标题：与下段同页、段中不分页，大纲级别让 Word 导航窗格显示结构（§3.1 X20、X21）。 */
export function standaloneHeadingFormat(level: 1 | 2 | 3 | 4): IParagraphStylePropertiesOptions {
  return { ...paragraphFormat(`heading${level}`), keepNext: true, keepLines: true, outlineLevel: level - 1 }
}
