/**
 * 手写段落（override）与它所出自的表单字段：导语、统计段落、联系方式段落。
 *
 * 字段是唯一的真实来源；手写段落只在生成的段落写不出原话时才留下（导入、新一轮、续报时判断），
 * 留下时它与字段是否一致由规则 TB060 核对（见 hand-written-in-step.ts），不一致就报在字段上。
 *
 * “写得出原话”的比较是规范化后的文字相等（sameWording）：去掉空白，同一标点的半角、全角写法
 * （, ，  : ：  ; ；  ( （  ) ）  ! ！  ? ？）看作相同，其余逐字相同。与导入的文本保真比对（fidelity.ts）
 * 用同一种宽松程度：用生成的段落代替原文，不会悄悄改掉原文的一个字或一个标点（只把半角标点换成全角，
 * 那正是 TB026 的安全修复）。更宽的比较（不计顿号、句号、冒号）会不声不响地改写原文的标点，
 * 导入器的修复都要报告，所以不用。措辞不同（“联系方式”与“联系电话”）、少一个冒号或句号、
 * 多出的说明（“信封请注明……”）都算不同，原文保留，字段的修改经 carry-into-hand-written.ts 写进原文。
 */
import { parseContact } from '../import/contact'
import { isLeadParagraph } from '../import/frame'
import { parseLead } from '../import/lead-meta'
import { parseStatistics } from '../import/statistics'
import { IsoDate } from '../model/dates'
import type { Path } from '../model/item'
import type { Count, Notice } from '../model/notice'
import { type RichText, RichText as RT } from '../model/rich-text'
import { CHANNEL_LABEL, contactText } from './contact-text'
import { noticeLead } from './lead'
import { COUNT_PHRASES, statisticsText } from './statistics-text'

/** 有手写段落的三个部分。 */
export const HAND_WRITTEN_PARTS = ['lead', 'statistics', 'contact'] as const
export type HandWrittenPart = (typeof HAND_WRITTEN_PARTS)[number]

/** 各部分手写段落的中文名（提示和规则消息里用）。 */
export const HAND_WRITTEN_LABEL: Record<HandWrittenPart, string> = { lead: '导语', statistics: '统计段落', contact: '联系方式段落' }

export function overrideOf(notice: Notice, part: HandWrittenPart): RichText | null {
  return notice[part].override
}

/** 手写段落的路径。 */
export function overridePath(part: HandWrittenPart): Path {
  return [part, 'override']
}

/** 按表单字段生成的段落（不看手写段落）：信息面板的预览、“改为按表单生成”之后导出的就是它。 */
export function generatedText(notice: Notice, part: HandWrittenPart): RichText {
  if (part === 'lead') return noticeLead({ ...notice, lead: { override: null } })
  if (part === 'statistics') return statisticsText({ ...notice, statistics: { ...notice.statistics, override: null } })
  return contactText({ ...notice, contact: { ...notice.contact, override: null } })
}

const FULL_WIDTH: Record<string, string> = { ',': '，', ':': '：', ';': '；', '(': '（', ')': '）', '!': '！', '?': '？' }

/** 比较用的规范化：去掉空白，半角标点换成同一标点的全角写法。见文件头。 */
export function normalizedWording(text: string): string {
  return text.replace(/\s+/g, '').replace(/[,:;()!?]/g, (c) => FULL_WIDTH[c]!)
}

/** 两段文字是否只差空白和标点的半角、全角写法。 */
export function sameWording(a: RichText, b: RichText): boolean {
  return normalizedWording(RT.text(a)) === normalizedWording(RT.text(b))
}

/** 一个部分的手写段落能否由字段生成（没有手写段落时为 true）。 */
export function reproducible(notice: Notice, part: HandWrittenPart): boolean {
  const override = overrideOf(notice, part)
  return override === null || sameWording(override, generatedText(notice, part))
}

function withOverride(notice: Notice, part: HandWrittenPart, override: null): Notice {
  return { ...notice, [part]: { ...notice[part], override } }
}

/** 去掉能由字段生成的手写段落（导入时）：原话只在字段写不出时才保留。 */
export function withoutReproducibleOverrides(notice: Notice): Notice {
  return HAND_WRITTEN_PARTS.reduce((n, part) => (reproducible(n, part) ? withOverride(n, part, null) : n), notice)
}

/**
 * 新一轮、续报沿用手写段落的条件：它仍与字段一致（且字段写不出它）。不一致的手写段落是上一份的旧话，
 * 留着就会盖过本份的字段，改为按字段生成。
 */
export function withOnlyMatchingOverrides(notice: Notice): Notice {
  return HAND_WRITTEN_PARTS.reduce(
    (n, part) => (reproducible(n, part) || disagreements(n).some((d) => d.part === part) ? withOverride(n, part, null) : n),
    notice,
  )
}

/** 手写段落与字段的一处不一致。form 为字段的值（字段空着时 null），text 为段落里读出的值（读不出时 null）。 */
export interface Disagreement {
  part: HandWrittenPart
  /** 报告的位置：字段；段落多出字段没有的值时为手写段落本身。 */
  path: Path
  /** 字段的中文名 */
  field: string
  form: string | null
  text: string | null
}

const compact = (s: string) => s.replace(/\s/g, '')

function contactDisagreements(notice: Notice, override: RichText): Disagreement[] {
  const c = notice.contact
  const read = parseContact(RT.text(override))
  const out: Disagreement[] = []
  for (const key of ['phones', 'postcodes', 'emails', 'websites'] as const) {
    const inText = read[key].map(compact)
    const inForm = c[key].map(compact)
    c[key].forEach((v, i) => {
      if (v.trim() !== '' && !inText.includes(compact(v)))
        out.push({ part: 'contact', path: ['contact', key, i], field: CHANNEL_LABEL[key], form: v, text: null })
    })
    for (const v of read[key]) {
      if (!inForm.includes(compact(v)))
        out.push({ part: 'contact', path: ['contact', 'override'], field: CHANNEL_LABEL[key], form: null, text: v })
    }
  }
  c.addresses.forEach((a, i) => {
    if (a.value.trim() === '') return
    const same = read.addresses.find((r) => r.value === a.value.trim())
    if (!same) out.push({ part: 'contact', path: ['contact', 'addresses', i, 'value'], field: a.label, form: a.value, text: null })
    else if (same.label !== a.label)
      out.push({ part: 'contact', path: ['contact', 'addresses', i, 'label'], field: '地址类别', form: a.label, text: same.label })
  })
  for (const r of read.addresses) {
    if (!c.addresses.some((a) => a.value.trim() === r.value))
      out.push({ part: 'contact', path: ['contact', 'override'], field: r.label, form: null, text: r.value })
  }
  return out
}

const countText = (c: Count): string | null =>
  c.total === null ? null : `${c.total}人${c.breakdown.length ? `（${c.breakdown.map((b) => `${b.label}${b.count}人`).join('、')}）` : ''}`

function statisticsDisagreements(notice: Notice, override: RichText): Disagreement[] {
  const s = notice.statistics
  const text = RT.text(override)
  const read = parseStatistics(text)
  const out: Disagreement[] = []
  const differs = (path: Path, field: string, form: string | null, inText: string | null) => {
    if (form !== inText) out.push({ part: 'statistics', path, field, form, text: inText })
  }
  for (const [key, phrase] of COUNT_PHRASES)
    differs(['statistics', key], phrase.replace(/^给予/, ''), countText(s[key]), countText(read[key]))
  differs(
    ['statistics', 'systemsBuilt'],
    '建立完善制度',
    s.systemsBuilt === null ? null : `${s.systemsBuilt}项`,
    read.systemsBuilt === null ? null : `${read.systemsBuilt}项`,
  )
  differs(
    ['statistics', 'lossRecovered'],
    '挽回经济损失',
    s.lossRecovered === null ? null : `${s.lossRecovered}万元`,
    read.lossRecovered === null ? null : `${read.lossRecovered}万元`,
  )
  // 其他统计事实是整句，读回时按句子切分不一定切得一样：只看段落里有没有这句话。
  const wording = normalizedWording(text)
  s.extraFacts.forEach((fact, i) => {
    if (!wording.includes(normalizedWording(fact)))
      out.push({ part: 'statistics', path: ['statistics', 'extraFacts', i], field: '其他统计事实', form: fact, text: null })
  })
  return out
}

const periodText = (p: { start: string | null; end: string | null }): string | null =>
  p.start && p.end ? IsoDate.rangeToChinese(p.start, p.end) : p.start ? IsoDate.toChinese(p.start) : null

function leadDisagreements(notice: Notice, override: RichText): Disagreement[] {
  const m = notice.meta
  // 巡视信息写在导语的主段里（导入时也只读这一段）。
  const main = RT.texts(override).find(isLeadParagraph) ?? RT.texts(override)[0] ?? ''
  const read = parseLead(main, ['lead', 'override']).meta
  const out: Disagreement[] = []
  // 段落里读得出才比较（读不出说明写法特殊，不算不一致）；字段空着而段落写了的，也是不一致。
  const names: [Path, string, string | null, string | null][] = [
    [['meta', 'level'], `${m.kind}主体`, m.level || null, read.level],
    [['meta', 'inspectionGroup'], `${m.kind}组`, m.inspectionGroup || null, read.inspectionGroup],
    [['meta', 'target'], `被${m.kind}对象`, m.target, read.target],
    [['meta', 'issuer', 'shortName'], '发文机关简称', m.issuer.shortName || null, read.shortName],
  ]
  for (const [path, field, form, text] of names) if (text !== null && form !== text) out.push({ part: 'lead', path, field, form, text })
  // 日期同样只在段落写出了（读得出）时比较：不写日期的导语是作者的选择；写坏了的日期由 TB018 报告。
  // 期间报在开始日期一栏上。
  const dates: [Path, string, string | null, string | null][] = [
    [['meta', 'period', 'start'], `${m.kind}期间`, periodText(m.period), periodText(read.period)],
    [
      ['meta', 'feedbackDate'],
      '反馈日期',
      m.feedbackDate && IsoDate.toChinese(m.feedbackDate),
      read.feedbackDate && IsoDate.toChinese(read.feedbackDate),
    ],
  ]
  for (const [path, field, form, text] of dates) if (text !== null && form !== text) out.push({ part: 'lead', path, field, form, text })
  return out
}

/** 手写段落与字段的全部不一致，按导语、统计、联系方式排列。没有手写段落的部分不会不一致。 */
export function disagreements(notice: Notice): Disagreement[] {
  const out: Disagreement[] = []
  if (notice.lead.override !== null) out.push(...leadDisagreements(notice, notice.lead.override))
  if (notice.statistics.override !== null) out.push(...statisticsDisagreements(notice, notice.statistics.override))
  if (notice.contact.override !== null) out.push(...contactDisagreements(notice, notice.contact.override))
  return out
}
