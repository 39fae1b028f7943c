// 导出选项：字体方案、版头（红头）、版记、是否按加盖印章排落款。模型里没有发文字号和抄送，由这里给出。
import type { Notice } from '../model/notice'
import type { FontProfileName } from '../spec/font-profiles'

/** 版头（GB/T 9704-2012 7.2）：发文机关标志与发文字号。 */
export interface Redhead {
  /** 发文机关标志，如“中共青山县委”或“中共青山县委文件”。 */
  orgMark: string
  /** 发文字号，如“青委〔2024〕5号”。 */
  docNumber: string
}

/** 版记（7.4）：抄送、印发机关、印发日期。 */
export interface Banji {
  /** 抄送机关；空数组时不排抄送行。 */
  cc: string[]
  /** 印发机关，如“中共青山县委办公室”。 */
  printer: string
  /** 印发日期（ISO）；null 时只写印发机关。 */
  printDate: string | null
}

export interface DocxOptions {
  profile?: FontProfileName
  /** 三级标题“1.”是否加粗（[PRACTICE] 常见仿宋加粗）。默认 true。 */
  boldLevel3?: boolean
  /** 落款按加盖印章（7.3.5.1）还是不加盖印章（7.3.5.2）排。默认加盖印章。 */
  sealed?: boolean
  /** 版头：给出 true 时按发文机关推导默认值。公开版不加。 */
  redhead?: Partial<Redhead> | true
  /** 版记：给出 true 时按发文机关推导默认值。公开版不加。 */
  banji?: Partial<Banji> | true
}

/** 用于推导默认值的年份：成文日期，其次反馈日期、发布日期。 */
function noticeYear(notice: Notice): string {
  const d = notice.signature.date ?? notice.meta.publication.date ?? notice.meta.feedbackDate
  return d ? d.slice(0, 4) : ''
}

/**
 * 版头默认值：标志用发文机关全称；发文字号的机关代字与序号模型里没有，
 * 默认写成“{简称}〔年〕+全角空格+号”——送签稿编号前的样子，留空让人一眼看出要填。
 */
export function resolveRedhead(notice: Notice, given: Partial<Redhead> | true): Redhead {
  const g = given === true ? {} : given
  const issuer = notice.meta.issuer
  return {
    orgMark: g.orgMark ?? (issuer.fullName || notice.signature.org),
    docNumber: g.docNumber ?? `${issuer.shortName || issuer.fullName}〔${noticeYear(notice)}〕\u3000号`,
  }
}

/** 版记默认值：不抄送；印发机关为“{发文机关}办公室”；印发日期同成文日期。 */
export function resolveBanji(notice: Notice, given: Partial<Banji> | true): Banji {
  const g = given === true ? {} : given
  const org = notice.meta.issuer.fullName || notice.signature.org
  return {
    cc: g.cc ?? [],
    printer: g.printer ?? `${org}办公室`,
    printDate: g.printDate !== undefined ? g.printDate : notice.signature.date,
  }
}
