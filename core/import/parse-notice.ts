/**
 * 通报文体的解析器：一串段落 → 通报模型。纯文本、网页、Word 三种输入都先变成段落，再交给它。
 * 原文的每一句都落在模型的某处：导语、统计、联系方式的日期、人数、联系渠道读进结构化字段；
 * 按字段生成的段落写不出原话时，原话以手写覆盖（override）逐字保存，写得出时只留字段
 * （core/derive/hand-written.ts：一份真实来源）。标题照旧逐字保存。条目按层级建树，序号不存。
 */
import { withoutReproducibleOverrides } from '../derive/hand-written'
import { importFinding } from '../rules/import-rules'
import { Section } from '../model/item'
import { type Meta, type Notice, NoticeSchema, type PartKey } from '../model/notice'
import { RichText } from '../model/rich-text'
import { OpenError } from '../project/errors'
import type { Finding } from '../rules/types'
import { emptyMeta } from '../template/new-notice'
import { templateFor } from '../template/templates'
import { parseContact } from './contact'
import { lineDate } from './damaged-dates'
import { findFrame, isLeadParagraph } from './frame'
import type { ImportResult } from './import-result'
import { dateFinding, parseLead } from './lead-meta'
import { publicationFrom } from './page-noise'
import { splitSections } from './sections'
import { parseStatistics } from './statistics'

/** 文中简称：导语里“向…反馈”的对象；没有时取巡视对象（须是机关名称），再不然由全称去掉“中共”。 */
function shortNameOf(lead: { shortName: string | null; target: string | null }, fullName: string): string {
  if (lead.shortName) return lead.shortName
  if (lead.target && /(委|党组|党委|工委)$/.test(lead.target)) return lead.target
  return fullName.replace(/^中共/, '')
}

function count(text: string, word: string): number {
  return text.split(word).length - 1
}

/** 落款日期：唯一读法时填入，几种读法时留空并给出候选。 */
function signatureDate(raw: string | null, findings: Finding[]): string | null {
  if (raw === null) return null
  const s = raw.replace(/\s/g, '')
  const readings = lineDate(s)
  const f = dateFinding(
    { raw: s, range: [0, s.length], readings, complete: /^\d{4}年\d{1,2}月\d{1,2}日$/.test(s) },
    null,
    ['signature', 'date'],
    (r) => r.start,
  )
  if (f) findings.push(f)
  return readings.length === 1 ? readings[0]!.start : null
}

function noiseFindings(frame: ReturnType<typeof findFrame>): Finding[] {
  const out: Finding[] = []
  if (frame.title?.tag) {
    out.push(importFinding('pageNoise', 'titleTag', ['title', 'override'], { data: { tag: frame.title.tag } }))
  }
  if (frame.noise.length) {
    const shown = frame.noise
      .slice(0, 6)
      .map((l) => `“${l.length > 30 ? l.slice(0, 30) + '…' : l}”`)
      .join('、')
    out.push(
      importFinding('pageNoise', 'noise', ['meta', 'publication'], {
        data: { count: frame.noise.length, shown: `${shown}${frame.noise.length > 6 ? '等' : ''}` },
      }),
    )
  }
  return out
}

export function parseNotice(paragraphs: string[]): ImportResult {
  const frame = findFrame(paragraphs)
  const sections = splitSections(frame.body)
  const findings: Finding[] = [...sections.findings]
  const leadParas = [...frame.lead, ...sections.leadContinued]

  const parts: PartKey[] = []
  if (frame.title) parts.push('title')
  if (leadParas.length) parts.push('lead')
  if (sections.organization) parts.push('organization')
  if (sections.statistics.length) parts.push('statistics')
  if (sections.rectification) parts.push('rectification')
  if (sections.nextSteps) parts.push('nextSteps')
  if (frame.contact.length) parts.push('contact')
  if (frame.signatureOrg !== null || frame.signatureDate !== null) parts.push('signature')

  // 巡视信息在导语的主段（以“根据……部署”开头的那段）里。
  const leadMain = Math.max(0, leadParas.findIndex(isLeadParagraph))
  const leadText = leadParas[leadMain] ?? ''
  const lead = parseLead(leadText, ['lead', 'override', leadMain])
  findings.push(...lead.findings)
  const whole = paragraphs.join('\n')
  const title = frame.title
  const kind = title?.kind ?? lead.meta.kind ?? (count(whole, '巡察') > count(whole, '巡视') ? '巡察' : '巡视')
  const fullName = title?.issuer ?? frame.signatureOrg ?? ''
  const meta: Meta = {
    ...emptyMeta(kind),
    issuer: { fullName, shortName: shortNameOf(lead.meta, fullName) },
    level: lead.meta.level ?? /(中央|省委|市委|州委|县委|区委)/.exec(title?.roundLabel ?? '')?.[1] ?? templateFor(kind).defaultLevel,
    roundLabel: title?.roundLabel ?? '',
    inspectionGroup: lead.meta.inspectionGroup ?? '',
    target: lead.meta.target,
    topic: title?.topic ?? null,
    period: lead.meta.period,
    feedbackDate: lead.meta.feedbackDate,
    reportKind: title?.reportKind ?? (/整改进展情况/.test(leadText) ? '整改进展情况' : '整改情况'),
    publication: publicationFrom(frame.noise),
  }
  if (/第(巡视|巡察)组/.test(meta.inspectionGroup)) {
    findings.push(importFinding('textLost', 'groupNumber', ['meta', 'inspectionGroup'], { data: { group: meta.inspectionGroup } }))
  }

  const notice: Notice = {
    meta,
    parts,
    title: { override: title ? title.title : null },
    lead: { override: leadParas.length ? RichText.of(...leadParas) : null },
    organization: sections.organization ?? Section.empty(),
    statistics: {
      ...parseStatistics(sections.statistics.join('\n')),
      override: sections.statistics.length ? RichText.of(...sections.statistics) : null,
    },
    rectification: sections.rectification ?? Section.empty(),
    nextSteps: sections.nextSteps ?? Section.empty(),
    contact: { ...parseContact(frame.contact.join('\n')), override: frame.contact.length ? RichText.of(...frame.contact) : null },
    signature: { org: frame.signatureOrg ?? '', date: signatureDate(frame.signatureDate, findings) },
  }
  findings.push(...noiseFindings(frame))

  const items = notice.rectification.items.length + notice.organization.items.length + notice.nextSteps.items.length
  if (!/(巡视|巡察)/.test(whole) || (!title && !leadParas.length && items === 0)) {
    throw new OpenError('import.not-a-notice')
  }
  const checked = NoticeSchema.safeParse(withoutReproducibleOverrides(notice))
  if (!checked.success) throw new OpenError('import.incomplete')
  return { notice: checked.data, findings }
}
