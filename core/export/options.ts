// 导出选项：签发稿设置（notice.signOff）与本次导出的覆盖值（对话框、命令行）合成导出所用的值。
// 字段为 null 或缺省时按发文机关推导，推导结果只在这里算、从不存回通报（AGENTS：存的副本不能压过它的来源）。
import { IsoDate } from '../model/dates'
import type { Notice, SignOff } from '../model/notice'
import type { FontProfileName } from '../spec/font-profiles'

/** 版头（GB/T 9704-2012 7.2）：发文机关标志与发文字号。 */
export interface Redhead {
  /** 发文机关标志，一个机关一项；联合行文时主办机关在前（7.2.4）。 */
  orgMarks: string[]
  /** 发文字号，如“青委〔2024〕5号”。 */
  docNumber: string
  /** 签发人姓名（上报公文，7.2.6）；null 时不排签发人，发文字号居中。 */
  signer: string | null
}

/** 版记（7.4）：抄送、印发机关、印发日期。 */
export interface Banji {
  /** 抄送机关；空数组时不排抄送行。 */
  cc: string[]
  /** 印发机关，如“中共青山县委办公室”。 */
  printer: string
  /** 印发日期（ISO），总有值（7.4.3）。 */
  printDate: string
}

/** 本次导出给出的值；没给的取通报的签发稿设置，再没有就推导。 */
export interface DocxOptions {
  profile?: FontProfileName
  /** 三级标题“1.”是否加粗（[PRACTICE] 常见仿宋加粗）。默认 true。 */
  boldLevel3?: boolean
  /** 落款按加盖印章（7.3.5.1）还是不加盖印章（7.3.5.2）排。默认加盖印章。 */
  sealed?: boolean
  /** 版头：true 按设置与推导；false 不加；对象为覆盖的字段。缺省时看 signOff.redhead。 */
  redhead?: Partial<Redhead> | boolean
  /** 版记：同上。 */
  banji?: Partial<Banji> | boolean
  /** 导出当天（ISO）：印发日期在没有成文日期时取它。缺省为本机今天。 */
  today?: string
}

/** 导出所用的全部签发稿值。 */
export interface ResolvedExport {
  profile: FontProfileName
  boldLevel3: boolean
  sealed: boolean
  redhead: Redhead | null
  banji: Banji | null
}

const EMPTY_SIGN_OFF: SignOff = {
  orgMarks: [],
  docNumber: null,
  signer: null,
  cc: [],
  printer: null,
  printDate: null,
  profile: null,
  redhead: false,
  banji: false,
}

/** 通报的签发稿设置；从未设置过时为全默认。 */
export function signOffOf(notice: Notice): SignOff {
  return notice.signOff ?? EMPTY_SIGN_OFF
}

/** 用于推导默认值的年份：成文日期，其次反馈日期、发布日期。 */
function noticeYear(notice: Notice): string {
  const d = notice.signature.date ?? notice.meta.publication.date ?? notice.meta.feedbackDate
  return d ? d.slice(0, 4) : ''
}

/** 发文机关：机关全称，未填时取落款。 */
export const issuingOrgan = (notice: Notice) => notice.meta.issuer.fullName || notice.signature.org

/**
 * 版头：标志默认用发文机关全称；发文字号的机关代字与序号模型里推不出，
 * 默认写成“{简称}〔年〕+全角空格+号”——送签稿编号前的样子，留空让人一眼看出要填。
 */
export function resolveRedhead(notice: Notice, given: Partial<Redhead> = {}): Redhead {
  const s = signOffOf(notice)
  const issuer = notice.meta.issuer
  const marks = (given.orgMarks ?? s.orgMarks).map((m) => m.trim()).filter(Boolean)
  return {
    orgMarks: marks.length ? marks : [issuingOrgan(notice)].filter(Boolean),
    docNumber: given.docNumber ?? s.docNumber ?? `${issuer.shortName || issuer.fullName}〔${noticeYear(notice)}〕\u3000号`,
    signer: (given.signer ?? s.signer)?.trim() || null,
  }
}

/** 版记：不抄送；印发机关“{发文机关}办公室”；印发日期同成文日期，再无则为导出当天（7.4.3 印发日期必有）。 */
export function resolveBanji(notice: Notice, given: Partial<Banji> = {}, today: string = IsoDate.today()): Banji {
  const s = signOffOf(notice)
  return {
    cc: (given.cc ?? s.cc).map((c) => c.trim()).filter(Boolean),
    printer: given.printer || s.printer || `${issuingOrgan(notice)}办公室`,
    printDate: given.printDate || s.printDate || notice.signature.date || today,
  }
}

const part = <T>(v: Partial<T> | boolean | undefined): Partial<T> => (typeof v === 'object' ? v : {})

/** 覆盖值 → 签发稿设置 → 推导，得出导出所用的值。 */
export function resolveExport(notice: Notice, options: DocxOptions = {}): ResolvedExport {
  const s = signOffOf(notice)
  const redheadOn = options.redhead === undefined ? s.redhead : options.redhead !== false
  const banjiOn = options.banji === undefined ? s.banji : options.banji !== false
  return {
    profile: options.profile ?? s.profile ?? 'gb2312',
    boldLevel3: options.boldLevel3 ?? true,
    sealed: options.sealed ?? true,
    redhead: redheadOn ? resolveRedhead(notice, part<Redhead>(options.redhead)) : null,
    banji: banjiOn ? resolveBanji(notice, part<Banji>(options.banji), options.today) : null,
  }
}
