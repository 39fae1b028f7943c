// GB/T 9704-2012《党政机关公文格式》中本项目用到的数字：只有数据，不依赖任何东西。
// 导出（Word、HTML 打印样式）、分页预览和校验都读这里；每个数字注明条款或导出规范（export-compliance.md）的标签。

/** 1 pt = 20 twip。 */
export const TWIPS_PER_PT = 20

/** 字号（号 → 磅）。export-compliance §“Units”。 */
export const FONT_SIZE_PT = {
  初号: 42,
  小初: 36,
  一号: 26,
  小一: 24,
  二号: 22,
  小二: 18,
  三号: 16,
  小三: 15,
  四号: 14,
  小四: 12,
  五号: 10.5,
} as const
export type FontSizeName = keyof typeof FONT_SIZE_PT

/** docx 的 w:sz 以半磅计。 */
export function halfPoints(size: FontSizeName): number {
  return FONT_SIZE_PT[size] * 2
}

/**
 * 5.1 A4 210 × 297 mm；5.2.1 天头 37 mm、订口 28 mm、版心 156 × 225 mm，
 * 由此得下白边 35 mm、翻口 26 mm。写 Word 为 A4 所写的 twip 值，不在运行时换算
 * （docx 的 convertMillimetersToTwip 向下取整，37 mm 会变成 2097，§3.1 X1）。
 */
export const PAGE = {
  widthMm: 210,
  heightMm: 297,
  topMm: 37,
  leftMm: 28,
  bottomMm: 35,
  rightMm: 26,
  typeAreaWidthMm: 156,
  typeAreaHeightMm: 225,
  widthTw: 11906,
  heightTw: 16838,
  topTw: 2098,
  leftTw: 1587,
  bottomTw: 1984,
  rightTw: 1474,
  /** 版心宽 11906 − 1587 − 1474 = 8845 twip（156.03 mm）。 */
  textWidthTw: 8845,
  /** 版心高 16838 − 2098 − 1984 = 12756 twip（225.01 mm）。 */
  textHeightTw: 12756,
} as const

/**
 * 5.2.3 一般每面排 22 行，每行排 28 个字。
 * 行距取 22 行不超出版心的最大整数 twip：⌊12756 / 22⌋ = 579（580 只排得下 21 行，[VERIFIED]）。
 * 3号字自然字宽 16 pt，28 字 = 448 pt 超出版心 442.2 pt；每字紧缩 0.25 pt（w:spacing −5）得 28 字 [VERIFIED]。
 */
export const GRID = {
  linesPerPage: 22,
  charsPerLine: 28,
  linePitchTw: 579,
  /** 字符间距，单位 1/20 pt（docx characterSpacing）。 */
  characterSpacing: -5,
} as const

/** 3.1 字：一个汉字的宽度。3号 = 16 pt = 320 twip。 */
export const CHAR_TW = FONT_SIZE_PT.三号 * TWIPS_PER_PT

/** 7.3.3 正文每个自然段左空二字，回行顶格。 */
export const BODY_FIRST_LINE_INDENT_TW = 2 * CHAR_TW

/** 7.3.1 标题 2号，分一行或多行居中；版心宽 8845 / 440 = 20.1，故每行不超过 20 字。 */
export const TITLE = {
  size: '二号' as FontSizeName,
  maxCharsPerLine: 20,
  /** [PRACTICE] 宜不超过 18 字，避免一行顶满版心。 */
  preferredCharsPerLine: 18,
} as const

/** 7.3.5.1 加盖印章：成文日期右空四字；署名以成文日期为准居中。 */
export const SIGNATURE = {
  sealedDateRightIndentTw: 4 * CHAR_TW,
  /** 7.3.5.2 不加盖印章：署名右空二字；日期首字比署名首字右移二字。 */
  unsealedRightIndentTw: 2 * CHAR_TW,
  /** [PRACTICE] 正文与署名之间留 2 行（加盖印章）或 1 行（不加盖印章）。 */
  blankLinesSealed: 2,
  blankLinesUnsealed: 1,
} as const

/**
 * 7.5 页码：4号半角宋体阿拉伯数字，左右各放一条一字线（U+2014），一字线上距版心下边缘 7 mm；
 * 单页码居右空一字，双页码居左空一字。footer 1458 twip 时一字线中心在版心下 6.94 mm [VERIFIED, §3.3 E8]。
 */
export const PAGE_NUMBER = {
  size: '四号' as FontSizeName,
  dash: '\u2014',
  /** 页脚距纸边（w:pgMar w:footer）。 */
  footerTw: 1458,
  /** 页眉距纸边：无页眉，取 Word 默认。 */
  headerTw: 851,
  /** 页脚段落行高 14 pt，exact（§3.1 X17）。 */
  lineTw: 280,
  /** 空一字：本规范取 3号字宽 320 twip（§1.10）。 */
  sideIndentTw: CHAR_TW,
  belowTypeAreaMm: 7,
} as const

/** 7.3.3 结构层次序数：一层黑体，二层楷体，三、四层仿宋；均为 3号。 */
export const HEADING_FONT_ROLE = { 1: 'heiti', 2: 'kaiti', 3: 'fangsong', 4: 'fangsong' } as const

/**
 * 7.2 版头：发文机关标志红色、上边缘距版心上边缘 35 mm（7.2.4）；发文字号在其下空二行居中，
 * 年份用六角括号〔〕（7.2.5）；红色分隔线在发文字号下 4 mm，与版心等宽（7.2.7）。
 * 标志字号标准未规定（“醒目、美观、庄重”）；此处取 [PRACTICE] 常见的大号小标宋。
 */
export const REDHEAD = {
  orgMarkTopMm: 35,
  /** 发文机关标志字号（pt），[UNCONFIRMED] 取常见值。 */
  orgMarkSizePt: 48,
  docNumberGapLines: 2,
  separatorBelowDocNumberMm: 4,
  /** 6.2 印刷红色；屏幕与 docx 取 FF0000 [PRACTICE]。 */
  color: 'FF0000',
  /** 分隔线粗细 w:sz（1/8 pt），标准未规定 [UNCONFIRMED]；取 1.5 pt。 */
  separatorSizeEighthPt: 12,
  /** 7.3.1 有版头时标题在红色分隔线下空二行。 */
  titleGapLines: 2,
} as const

/**
 * 7.2.6 签发人（上报公文）：“签发人”三字加全角冒号和签发人姓名，居右空一字，与发文字号同一行（在发文机关标志下空二行）；
 * 此时发文字号居左空一字（7.2.5）。“签发人”三字用3号仿宋，姓名用3号楷体。
 */
export const SIGNER = {
  label: '签发人：',
  sideIndentTw: CHAR_TW,
  labelFont: 'fangsong',
  nameFont: 'kaiti',
} as const

/**
 * 7.4 版记：分隔线与版心等宽，首末条粗（0.35 mm ≈ 1 pt，w:sz 8），中间细（0.25 mm ≈ 0.75 pt，w:sz 6）；
 * 抄送、印发机关和印发日期 4号仿宋，左右各空一字；末条分隔线与版心下边缘重合（7.4.1）。
 */
export const BANJI = {
  size: '四号' as FontSizeName,
  thickRuleEighthPt: 8,
  thinRuleEighthPt: 6,
  sideIndentTw: CHAR_TW,
} as const

/** 5.2.4 如无特殊说明，公文中文字的颜色均为黑色。 */
export const TEXT_COLOR = '000000'
