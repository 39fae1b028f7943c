import * as z from 'zod'
import { IsoDateSchema } from './dates'
import { RichTextSchema } from './rich-text'
import { FONT_PROFILE_NAMES, type FontProfileName } from '../spec/font-profiles'

export const InspectionKindSchema = z.enum(['巡视', '巡察'])
export type InspectionKind = z.infer<typeof InspectionKindSchema>

export const ItemStatusSchema = z.enum(['已完成', '基本完成', '持续推进'])
export type ItemStatus = z.infer<typeof ItemStatusSchema>

export const ReportKindSchema = z.enum(['整改进展情况', '整改情况'])
export type ReportKind = z.infer<typeof ReportKindSchema>

/** 条目在通报中的角色：方面（分组）、问题、措施。编号只由层级位置决定，不存储。 */
export const ItemRoleSchema = z.enum(['aspect', 'problem', 'measure'])
export type ItemRole = z.infer<typeof ItemRoleSchema>

const nullableDate = IsoDateSchema.nullable()

/** 上一轮同一条目的文字，新一轮中只读参照。 */
export const ItemReferenceSchema = z.strictObject({
  title: z.string(),
  status: ItemStatusSchema.nullable(),
  body: RichTextSchema,
})
export type ItemReference = z.infer<typeof ItemReferenceSchema>

/**
 * 条目（方面、问题、措施）。类型由 schema 推导（zod 4 的 getter 写递归的 children），不另写一份 interface。
 */
export const ItemSchema = z.strictObject({
  id: z.string().min(1),
  role: ItemRoleSchema,
  /** 标题（问题按巡视/巡察原话表述；措施可有简短小标题）。空串表示无标题、正文直接接在序号后。 */
  title: z.string(),
  /** 标题独立成段（standalone）或与正文同段（run-in，标题以句号收束）。 */
  runIn: z.boolean(),
  /** 序号在原文中缺失（无编号小项）：导出时不加序号。 */
  unnumbered: z.literal(true).optional(),
  status: ItemStatusSchema.nullable(),
  /** 整改时限 */
  deadline: nullableDate,
  /** 责任单位 */
  responsible: z.string().nullable(),
  body: RichTextSchema,
  /** 下级条目 */
  get children(): z.ZodArray<typeof ItemSchema> {
    return z.array(ItemSchema)
  },
  /** 上一轮同一条目的文字（只读参照） */
  reference: ItemReferenceSchema.optional(),
  /** 状态沿用自上一份通报、尚未由本次确认（续报时）：进度统计不计入，规则列出。格式版本 2 起。 */
  statusPending: z.literal(true).optional(),
  /** 责任领导（整改台账的一列）；没有时省略。格式版本 2 起。 */
  leader: z.string().min(1).optional(),
})
export type Item = z.infer<typeof ItemSchema>

/** 一个部分：可有自己的标题（“一、整改工作组织情况”），正文段落，以及编号条目。 */
export const SectionSchema = z.strictObject({
  heading: z.string().nullable(),
  paragraphs: RichTextSchema,
  items: z.array(ItemSchema),
})
export type Section = z.infer<typeof SectionSchema>

export const CountSchema = z.strictObject({
  total: z.number().int().nonnegative().nullable(),
  /** 细分，如 留党察看 2 人、开除党籍 6 人。 */
  breakdown: z.array(z.strictObject({ label: z.string().min(1), count: z.number().int().nonnegative() })),
})
export type Count = z.infer<typeof CountSchema>

/** 组织情况中的统计数字。 */
export const StatisticsSchema = z.strictObject({
  partyDiscipline: CountSchema, // 党纪处分
  governmentSanction: CountSchema, // 政务处分
  organizationalHandling: CountSchema, // 组织处理
  admonishment: CountSchema, // 诫勉
  educationReminder: CountSchema, // 教育提醒
  systemsBuilt: z.number().int().nonnegative().nullable(), // 建立完善制度 N 项
  lossRecovered: z.number().nonnegative().nullable(), // 挽回经济损失 万元
  extraFacts: z.array(z.string()),
  /** 手写的统计段落；为 null 时由统计数字生成。 */
  override: RichTextSchema.nullable(),
})
export type Statistics = z.infer<typeof StatisticsSchema>

export const AddressLabelSchema = z.enum(['邮政信箱', '通信地址', '邮寄地址', '来信地址', '地址'])
export const ContactSchema = z.strictObject({
  phones: z.array(z.string()),
  addresses: z.array(z.strictObject({ label: AddressLabelSchema, value: z.string() })),
  postcodes: z.array(z.string()),
  emails: z.array(z.string()),
  websites: z.array(z.string()),
  /** 手写的联系方式段落；为 null 时由模板开头语和各渠道生成。 */
  override: RichTextSchema.nullable(),
})
export type Contact = z.infer<typeof ContactSchema>

export const MetaSchema = z.strictObject({
  issuer: z.strictObject({
    /** 全称，同落款：中共温州市瓯海区委 */
    fullName: z.string(),
    /** 文中简称：瓯海区委 */
    shortName: z.string(),
  }),
  kind: InspectionKindSchema,
  /** 巡视/巡察的主体层级：中央、省委、市委、县委…… */
  level: z.string(),
  /** 轮次：十五届省委第二轮 */
  roundLabel: z.string(),
  /** 巡视/巡察组：省委第七巡视组 */
  inspectionGroup: z.string(),
  /** 被巡视/巡察对象在导语中的称呼；默认用简称。 */
  target: z.string().nullable(),
  /** 专项巡察的主题：优化营商环境 */
  topic: z.string().nullable(),
  period: z.strictObject({ start: nullableDate, end: nullableDate }),
  feedbackDate: nullableDate,
  reportKind: ReportKindSchema,
  /** 导入网页时保留的发布信息。 */
  publication: z.strictObject({ date: nullableDate, source: z.string().nullable() }),
})
export type Meta = z.infer<typeof MetaSchema>

/**
 * 签发稿设置（GB/T 9704 7.2 版头、7.4 版记）：随通报保存，导出对话框与命令行预填，两种沿用方式都带走。
 * 每个字段为 null（或空数组）时按发文机关推导默认值（core/export/options.ts），不存推导结果。格式版本 2 起。
 */
export const SignOffSchema = z.strictObject({
  /** 发文机关标志；联合行文时多个机关依次排列。空数组：用发文机关全称。 */
  orgMarks: z.array(z.string().min(1)),
  /** 发文字号，如“青委〔2024〕5号”。 */
  docNumber: z.string().nullable(),
  /** 签发人（上行文时用）。 */
  signer: z.string().nullable(),
  /** 抄送机关。 */
  cc: z.array(z.string().min(1)),
  /** 印发机关；null：“{发文机关}办公室”。 */
  printer: z.string().nullable(),
  /** 印发日期；null：成文日期，再无则导出当天。 */
  printDate: nullableDate,
  /** 字体方案名（core/spec/font-profiles.ts）；null：默认方案。 */
  profile: z.enum(FONT_PROFILE_NAMES as [FontProfileName, ...FontProfileName[]]).nullable(),
  /** 导出签发稿时是否排版头（红头）与版记。 */
  redhead: z.boolean(),
  banji: z.boolean(),
})
export type SignOff = z.infer<typeof SignOffSchema>

/**
 * 关联的整改台账：导入台账时记下的台账自身的数字（不是从本通报推导的），规则据此核对正文的进度数字；
 * 核对不读文件，所以存下这几个数。再次导入台账时整体换新。格式版本 3 起。
 */
export const LedgerLinkSchema = z.strictObject({
  /** 台账文件名 */
  file: z.string(),
  /** 工作表名 */
  sheet: z.string(),
  /** 导入日期 */
  importedOn: IsoDateSchema,
  /** 台账中的方面数、问题数、措施数 */
  aspects: z.number().int().nonnegative(),
  problems: z.number().int().nonnegative(),
  measures: z.number().int().nonnegative(),
  /** 台账中已销号（已完成）、基本完成、持续推进的问题数 */
  done: z.number().int().nonnegative(),
  basicallyDone: z.number().int().nonnegative(),
  ongoing: z.number().int().nonnegative(),
})
export type LedgerLink = z.infer<typeof LedgerLinkSchema>

/** 通报的组成部分，按通常顺序。 */
export const PART_KEYS = ['title', 'lead', 'organization', 'statistics', 'rectification', 'nextSteps', 'contact', 'signature'] as const
export const PartKeySchema = z.enum(PART_KEYS)
export type PartKey = z.infer<typeof PartKeySchema>

export const NoticeSchema = z.strictObject({
  meta: MetaSchema,
  /** 本通报包含的部分及其顺序（模板新建时为全部；导入时为原文实有的部分）。 */
  parts: z.array(PartKeySchema).refine((ps) => new Set(ps).size === ps.length, '部分不能重复'),
  /** 标题：为 null 时由 meta 生成。 */
  title: z.strictObject({ override: z.string().nullable() }),
  /** 导语：为 null 时由 meta 生成。 */
  lead: z.strictObject({ override: RichTextSchema.nullable() }),
  organization: SectionSchema,
  statistics: StatisticsSchema,
  rectification: SectionSchema,
  nextSteps: SectionSchema,
  contact: ContactSchema,
  /** 落款 */
  signature: z.strictObject({ org: z.string(), date: nullableDate }),
  /** 签发稿设置；从未设置过时省略，一切按默认推导。 */
  signOff: SignOffSchema.optional(),
  /** 关联的整改台账；没有导入过台账时省略。 */
  ledger: LedgerLinkSchema.optional(),
})
export type Notice = z.infer<typeof NoticeSchema>
