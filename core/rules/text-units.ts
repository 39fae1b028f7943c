// 文本单元：用户在编辑器中能直接改写的每一段文字，连同它在模型中的位置。
import { type Path, SECTION_KEYS, type SectionKey } from '../model/item'
import type { Item, Notice } from '../model/notice'
import type { Paragraph, RichText } from '../model/rich-text'
import { sectionEntries } from '../document/item-entries'

/**
 * 单元的种类决定哪些文字规则适用：标题不许有句末标点，run-in 标题必须以句号收束，
 * 联系方式各项有各自的格式。
 */
export type TextUnitKind =
  | 'title' // 手写标题
  | 'heading' // 独立成段的标题（部分标题、条目标题）
  | 'run-in-heading' // 与正文同段的标题句
  | 'paragraph' // 正文段落
  | 'meta' // 机关名称、轮次、巡视组等元信息
  | 'signature-org' // 落款机关
  | 'phone'
  | 'email'
  | 'postcode'
  | 'address'
  | 'website'

export interface TextUnit {
  kind: TextUnitKind
  path: Path
  /** 段落单元的原对象：增量校验以对象同一性判断是否改动过。 */
  paragraph?: Paragraph
  /** 纯文本（段落为各 run 相连）。 */
  text: string
}

/** 全部单元种类。 */
export const ALL_KINDS: readonly TextUnitKind[] = [
  'title',
  'heading',
  'run-in-heading',
  'paragraph',
  'meta',
  'signature-org',
  'phone',
  'email',
  'postcode',
  'address',
  'website',
]

/** 中文叙述性文字（适用标点、数字用法规则）。 */
export const PROSE_KINDS: readonly TextUnitKind[] = ['title', 'heading', 'run-in-heading', 'paragraph', 'meta', 'signature-org', 'address']

function paragraphUnits(out: TextUnit[], rt: RichText, base: Path): void {
  for (let i = 0; i < rt.length; i++) {
    const p = rt[i]!
    out.push({ kind: 'paragraph', path: base.concat(i), paragraph: p, text: paragraphText(p) })
  }
}

/** 段落纯文本；单个 run 时直接取其字符串，不新建。 */
export function paragraphText(p: Paragraph): string {
  return p.children.length === 1 ? p.children[0]!.text : p.children.map((r) => r.text).join('')
}

function stringUnits(out: TextUnit[], kind: TextUnitKind, values: string[], base: Path): void {
  values.forEach((text, i) => out.push({ kind, path: [...base, i], text }))
}

/** 通报开头的单元：通报信息各字段、手写标题、手写导语。 */
export function headUnits(notice: Notice): TextUnit[] {
  const out: TextUnit[] = []
  const m = notice.meta
  const metaFields: [Path, string | null][] = [
    [['meta', 'issuer', 'fullName'], m.issuer.fullName],
    [['meta', 'issuer', 'shortName'], m.issuer.shortName],
    [['meta', 'roundLabel'], m.roundLabel],
    [['meta', 'inspectionGroup'], m.inspectionGroup],
    [['meta', 'target'], m.target],
    [['meta', 'topic'], m.topic],
  ]
  for (const [path, text] of metaFields) if (text) out.push({ kind: 'meta', path, text })
  if (notice.title.override !== null) out.push({ kind: 'title', path: ['title', 'override'], text: notice.title.override })
  if (notice.lead.override !== null) paragraphUnits(out, notice.lead.override, ['lead', 'override'])
  return out
}

/** 一个部分在条目之前的单元：部分标题、段落；组织情况之后接统计段落。 */
export function sectionHeadUnits(notice: Notice, key: SectionKey): TextUnit[] {
  const out: TextUnit[] = []
  const section = notice[key]
  if (section.heading) out.push({ kind: 'heading', path: [key, 'heading'], text: section.heading })
  paragraphUnits(out, section.paragraphs, [key, 'paragraphs'])
  if (key === 'organization') {
    const s = notice.statistics
    if (s.override !== null) paragraphUnits(out, s.override, ['statistics', 'override'])
    s.extraFacts.forEach((text, i) => out.push({ kind: 'paragraph', path: ['statistics', 'extraFacts', i], text }))
  }
  return out
}

/** 条目自身的单元（不含下级条目）：标题、正文各段。 */
export function itemUnits(item: Item, path: Path): TextUnit[] {
  const out: TextUnit[] = []
  if (item.title) out.push({ kind: item.runIn ? 'run-in-heading' : 'heading', path: path.concat('title'), text: item.title })
  if (item.body.length) paragraphUnits(out, item.body, path.concat('body'))
  return out
}

/** 通报末尾的单元：手写联系方式段落、各联系渠道、落款机关。 */
export function tailUnits(notice: Notice): TextUnit[] {
  const out: TextUnit[] = []
  const c = notice.contact
  if (c.override !== null) paragraphUnits(out, c.override, ['contact', 'override'])
  stringUnits(out, 'phone', c.phones, ['contact', 'phones'])
  c.addresses.forEach((a, i) => out.push({ kind: 'address', path: ['contact', 'addresses', i, 'value'], text: a.value }))
  stringUnits(out, 'postcode', c.postcodes, ['contact', 'postcodes'])
  stringUnits(out, 'email', c.emails, ['contact', 'emails'])
  stringUnits(out, 'website', c.websites, ['contact', 'websites'])
  if (notice.signature.org) out.push({ kind: 'signature-org', path: ['signature', 'org'], text: notice.signature.org })
  return out
}

/**
 * 通报中全部可编辑文字，按阅读顺序排列。只列出手写的文字：由 meta 推导的导语、标题、
 * 联系方式段落不在其中（推导出的文字的问题由整篇规则报告在 meta 字段上）。
 */
export function textUnits(notice: Notice): TextUnit[] {
  const out = headUnits(notice)
  for (const key of SECTION_KEYS) {
    out.push(...sectionHeadUnits(notice, key))
    for (const { item, path } of sectionEntries(notice, key)) out.push(...itemUnits(item, path))
  }
  out.push(...tailUnits(notice))
  return out
}
