/**
 * 通报文体的解析器：一串段落 → 通报模型。纯文本、网页、Word 三种输入都先变成段落，再交给它。
 * 原文的每一句都落在模型的某处：标题、导语、统计、联系方式以手写覆盖（override）逐字保存，
 * 同时把其中的日期、人数、联系渠道读进结构化字段；条目按层级建树，序号不存。
 */
import { Section } from '../model/item'
import type { Path } from '../model/item'
import { type Meta, type Notice, NoticeSchema, type PartKey } from '../model/notice'
import { RichText } from '../model/rich-text'
import { OpenError } from '../project/errors'
import type { Finding } from '../rules/types'
import { emptyMeta } from '../template/new-notice'
import { templateFor } from '../template/templates'
import { isContactParagraph, parseContact } from './contact'
import { lineDate } from './damaged-dates'
import { dateFinding, parseLead } from './lead-meta'
import { readMarker } from './markers'
import { isOrgLine } from './org-line'
import { isNoiseLine, publicationFrom } from './page-noise'
import { parseItems } from './item-tree'
import { isStatisticsParagraph, parseStatistics } from './statistics'
import { isTitleLine, parseTitle } from './title-meta'
import type { ImportResult } from './import-result'

/** 导语的开头与标志性说法。 */
function isLeadParagraph(p: string): boolean {
  if (p.length > 600) return false
  return (/^(根据|按照|依据|经|遵照)/.test(p) && /(巡视|巡察)/.test(p)) || /(进行了|开展了)[^。]{0,20}(巡视|巡察)/.test(p) || /(反馈了?[^。]{0,6}(巡视|巡察)?意见)/.test(p)
}


/** 文中简称：导语里“向…反馈”的对象；没有时取巡视对象（须是机关名称），再不然由全称去掉“中共”。 */
function shortNameOf(lead: { shortName: string | null; target: string | null }, fullName: string): string {
  if (lead.shortName) return lead.shortName
  if (lead.target && /(委|党组|党委|工委)$/.test(lead.target)) return lead.target
  return fullName.replace(/^中共/, '')
}

/** 分行标题的上半截：短、无标点、不是杂项。 */
function isTitleHead(p: string): boolean {
  return p.length <= 40 && !/[，,。；;：:！？!?、]/.test(p) && !isNoiseLine(p) && readMarker(p) === null
}

const isHanHeading = (p: string) => readMarker(p)?.marker.kind === 'han'

interface Region {
  heading: string | null
  paragraphs: string[]
}

/** 有“一、二、三、”作部分标题的通报（样例 003、004）：下一步一节也带标题。 */
function headedSections(body: string[]): { preamble: string[]; sections: Region[] } | null {
  const heads = body.filter(isHanHeading)
  if (!heads.some((h) => /下一步|今后/.test(h))) return null
  const preamble: string[] = []
  const sections: Region[] = []
  for (const p of body) {
    if (isHanHeading(p)) sections.push({ heading: readMarker(p)!.rest, paragraphs: [] })
    else if (sections.length) sections[sections.length - 1]!.paragraphs.push(p)
    else preamble.push(p)
  }
  return { preamble, sections }
}

/** 末尾几段若是统计段落，拿出来单列（保持原文顺序：统计在组织情况之后）。 */
function splitTrailingStatistics(paragraphs: string[]): { rest: string[]; stats: string[] } {
  let k = paragraphs.length
  while (k > 0 && isStatisticsParagraph(paragraphs[k - 1]!)) k--
  return { rest: paragraphs.slice(0, k), stats: paragraphs.slice(k) }
}

export function parseNotice(input: string[]): ImportResult {
  const findings: Finding[] = []
  const noise: string[] = []
  const paras = [...input]

  // —— 头部：标题、导语之前的杂项 ——
  // 标题之前只能是短的杂项行；标题前若有长段落，那不是网页杂项，不能因找到“标题”而丢掉。
  const window = paras.slice(0, 15)
  const firstLong = window.findIndex((p) => p.length > 60 && !isNoiseLine(p))
  const titleIdx = window.findIndex((p, i) => isTitleLine(p) && !isNoiseLine(p) && (firstLong < 0 || i <= firstLong))
  const leadIdx = paras.findIndex((p, i) => i > titleIdx && i < titleIdx + 12 && isLeadParagraph(p))
  // 公文标题排成两三行（GB/T 9704 7.3.1 的梯形或菱形）时，前面几行是标题的上半截。
  let titleFrom = titleIdx
  while (titleFrom > 0 && titleIdx - titleFrom < 2 && !/关于/.test(paras.slice(titleFrom, titleIdx + 1).join('')) && isTitleHead(paras[titleFrom - 1]!)) titleFrom--
  const title = titleIdx >= 0 ? parseTitle(paras.slice(titleFrom, titleIdx + 1).join('')) : null
  const leadParas: string[] = []
  let start = 0
  if (titleIdx >= 0) {
    noise.push(...paras.slice(0, titleFrom))
    start = titleIdx + 1
  }
  if (leadIdx >= 0) {
    for (const p of paras.slice(start, leadIdx)) (isNoiseLine(p) || titleIdx < 0 ? noise : leadParas).push(p)
    leadParas.push(paras[leadIdx]!)
    start = leadIdx + 1
  } else {
    while (start < paras.length && isNoiseLine(paras[start]!)) noise.push(paras[start++]!)
  }

  // —— 尾部：联系方式、落款、页脚杂项 ——
  let end = paras.length
  let after: string[] = []
  const contactParas: string[] = []
  // 联系方式以“欢迎广大干部群众…监督”开头；没有开头语时取最后一段带联系渠道的段落。
  let contactStart = -1
  for (let i = paras.length - 1; i >= start && contactStart < 0; i--) if (/^欢迎/.test(paras[i]!) && isContactParagraph(paras[i]!)) contactStart = i
  if (contactStart < 0) {
    for (let i = paras.length - 1; i >= start && contactStart < 0; i--) if (isContactParagraph(paras[i]!) && !isNoiseLine(paras[i]!)) contactStart = i
    while (contactStart > start && isContactParagraph(paras[contactStart - 1]!) && !/^下一步/.test(paras[contactStart - 1]!)) contactStart--
  }
  if (contactStart >= 0) {
    let i = contactStart
    do contactParas.push(paras[i++]!)
    while (i < paras.length && isContactParagraph(paras[i]!) && !/^欢迎/.test(paras[i]!) && !isNoiseLine(paras[i]!))
    end = contactStart
    after = paras.slice(i)
  } else {
    // 没有联系方式：从末尾剥去杂项，落款（如有）在最后。
    let k = paras.length
    while (k > start && isNoiseLine(paras[k - 1]!) && lineDate(paras[k - 1]!).length === 0) k--
    after = paras.slice(k)
    end = k
    const last = paras[end - 1]
    if (end - 1 >= start && last && lineDate(last).length) {
      end--
      after = [last, ...after]
      if (end - 1 >= start && isOrgLine(paras[end - 1]!)) after = [paras[--end]!, ...after]
    }
  }
  let signatureOrg: string | null = null
  let signatureDateRaw: string | null = null
  for (const p of after) {
    if (signatureOrg === null && signatureDateRaw === null && isOrgLine(p) && !isNoiseLine(p)) signatureOrg = p
    else if (signatureDateRaw === null && lineDate(p).length) signatureDateRaw = p
    // 联系方式之后的长段落不是页脚，留在联系方式里，一句不丢。
    else if (p.length > 60 && !isNoiseLine(p) && contactParas.length) contactParas.push(p)
    else noise.push(p)
  }

  const body = paras.slice(start, end)
  const publication = publicationFrom(noise)

  // —— 正文各部分 ——
  const parts: PartKey[] = []
  if (title) parts.push('title')
  if (leadParas.length) parts.push('lead')

  let organization = Section.empty()
  let rectification = Section.empty()
  let nextSteps = Section.empty()
  let statsParas: string[] = []
  let hasOrg = false
  let hasRect = false
  let hasNext = false

  const headed = headedSections(body)
  if (headed) {
    const { sections } = headed
    const nextIdx = sections.findIndex((s) => /下一步|今后/.test(s.heading ?? ''))
    const before = sections.slice(0, nextIdx)
    const afterNext = sections.slice(nextIdx + 1)
    let orgRegion: Region | null = null
    let rectRegions: Region[] = []
    if (before.length >= 2) {
      orgRegion = before[0]!
      rectRegions = before.slice(1)
    }
    else if (before.length === 1) {
      if (/组织|站位|领导|部署/.test(before[0]!.heading!) && !/问题|整改落实|落实情况/.test(before[0]!.heading!)) orgRegion = before[0]!
      else rectRegions = before
    }
    // 导语之后、第一个部分标题之前的段落仍属导语（导语被折成了几段）；没有导语时它们就是导语。
    if (headed.preamble.length) {
      leadParas.push(...headed.preamble)
      if (!parts.includes('lead')) parts.push('lead')
    }
    const orgParas: string[] = []
    if (orgRegion) {
      const tree = parseItems(orgRegion.paragraphs, ['organization', 'items'], false)
      const { rest, stats } = tree.items.length ? { rest: tree.preamble, stats: [] } : splitTrailingStatistics(tree.preamble)
      organization = { heading: orgRegion.heading, paragraphs: RichText.of(...orgParas, ...rest), items: tree.items }
      statsParas = stats
      findings.push(...tree.findings)
      hasOrg = true
    } else if (orgParas.length) {
      const { rest, stats } = splitTrailingStatistics(orgParas)
      organization = { heading: null, paragraphs: RichText.of(...rest), items: [] }
      statsParas = stats
      hasOrg = rest.length > 0
    }
    if (rectRegions.length) {
      // 多出的部分（少见）并入逐条整改，各自成为一个方面，文字不丢。
      const [first, ...extra] = rectRegions
      const paragraphs = [...first!.paragraphs, ...extra.flatMap((r) => [`一、${r.heading}`, ...r.paragraphs])]
      const tree = parseItems(paragraphs, ['rectification', 'items'], true)
      rectification = { heading: first!.heading, paragraphs: RichText.of(...tree.preamble), items: tree.items }
      findings.push(...tree.findings)
      hasRect = true
    }
    const next = sections[nextIdx]!
    const nextParagraphs = [...next.paragraphs, ...afterNext.flatMap((r) => [r.heading!, ...r.paragraphs])]
    const tree = parseItems(nextParagraphs, ['nextSteps', 'items'], false)
    nextSteps = { heading: next.heading, paragraphs: RichText.of(...tree.preamble), items: tree.items }
    findings.push(...tree.findings)
    hasNext = true
  } else {
    const nextIdx = body.findIndex((p) => /^下一步/.test(p))
    const middle = nextIdx >= 0 ? body.slice(0, nextIdx) : body
    if (nextIdx >= 0) {
      const tree = parseItems(body.slice(nextIdx), ['nextSteps', 'items'], false)
      nextSteps = { heading: null, paragraphs: RichText.of(...tree.preamble), items: tree.items }
      findings.push(...tree.findings)
      hasNext = true
    }
    // 逐条整改从第一个“一、”开始（没有“一、”时从第一个编号段落开始）。
    let k = middle.findIndex(isHanHeading)
    if (k < 0) k = middle.findIndex((p) => readMarker(p) !== null && readMarker(p)!.marker.kind !== 'bare-paren')
    const pre = k >= 0 ? middle.slice(0, k) : middle
    const rect = k >= 0 ? middle.slice(k) : []
    const orgTree = parseItems(pre, ['organization', 'items'], false)
    const { rest, stats } = orgTree.items.length ? { rest: orgTree.preamble, stats: [] } : splitTrailingStatistics(orgTree.preamble)
    statsParas = stats
    if (rest.length || orgTree.items.length) {
      organization = { heading: null, paragraphs: RichText.of(...rest), items: orgTree.items }
      findings.push(...orgTree.findings)
      hasOrg = true
    }
    if (rect.length) {
      const tree = parseItems(rect, ['rectification', 'items'], true)
      rectification = { heading: null, paragraphs: RichText.of(...tree.preamble), items: tree.items }
      findings.push(...tree.findings)
      hasRect = true
    }
  }
  if (hasOrg) parts.push('organization')
  if (statsParas.length) parts.push('statistics')
  if (hasRect) parts.push('rectification')
  if (hasNext) parts.push('nextSteps')
  if (contactParas.length) parts.push('contact')
  if (signatureOrg !== null || signatureDateRaw !== null) parts.push('signature')

  // —— 元数据 ——
  // 巡视信息在导语的主段（以“根据……部署”开头的那段）里。
  const leadMain = Math.max(0, leadParas.findIndex(isLeadParagraph))
  const leadText = leadParas[leadMain] ?? ''
  const lead = parseLead(leadText, ['lead', 'override', leadMain])
  findings.push(...lead.findings)
  const whole = input.join('\n')
  const kind = title?.kind ?? lead.meta.kind ?? ((whole.match(/巡察/g) ?? []).length > (whole.match(/巡视/g) ?? []).length ? '巡察' : '巡视')
  const fullName = title?.issuer ?? signatureOrg ?? ''
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
    publication,
  }
  if (/第(巡视|巡察)组/.test(meta.inspectionGroup)) {
    findings.push({
      rule: 'import-text-lost',
      severity: 'warning',
      message: `巡视组名称“${meta.inspectionGroup}”缺少组别序号，原文可能丢字，请核对。`,
      location: { path: ['meta', 'inspectionGroup'] },
    })
  }

  let signatureDate: string | null = null
  if (signatureDateRaw !== null) {
    const raw = signatureDateRaw.replace(/\s/g, '')
    const readings = lineDate(raw)
    if (readings.length === 1) signatureDate = readings[0]!.start
    const f = dateFinding(
      { raw, range: [0, raw.length], readings, complete: /^\d{4}年\d{1,2}月\d{1,2}日$/.test(raw) },
      ['signature', 'date'],
      ['signature', 'date'],
      (r) => r.start,
    )
    if (f) findings.push(f)
  }

  const statsText = statsParas.join('\n')
  const notice: Notice = {
    meta,
    parts,
    title: { override: title ? title.title : null },
    lead: { override: leadParas.length ? RichText.of(...leadParas) : null },
    organization,
    statistics: { ...parseStatistics(statsText), override: statsParas.length ? RichText.of(...statsParas) : null },
    rectification,
    nextSteps,
    contact: { ...parseContact(contactParas.join('\n')), override: contactParas.length ? RichText.of(...contactParas) : null },
    signature: { org: signatureOrg ?? '', date: signatureDate },
  }

  if (title?.tag) {
    findings.push({ rule: 'import-page-noise', severity: 'info', message: `标题前的网站栏目标签“${title.tag}”不属于标题，已去掉。`, location: { path: ['title', 'override'] } })
  }
  if (noise.length) {
    const shown = noise.slice(0, 6).map((l) => `“${l.length > 30 ? l.slice(0, 30) + '…' : l}”`).join('、')
    findings.push({
      rule: 'import-page-noise',
      severity: 'info',
      message: `去掉了${noise.length}行网页杂项（导航、分享、打印、页脚等）：${shown}${noise.length > 6 ? '等' : ''}。`,
      location: { path: ['meta', 'publication'] },
    })
  }

  const items = rectification.items.length + organization.items.length + nextSteps.items.length
  if (!/(巡视|巡察)/.test(whole) || (!title && !leadParas.length && items === 0)) {
    throw new OpenError('not-a-notice', '这份文件看起来不是巡视/巡察整改通报：没有找到标题、导语或整改条目。请确认选择的文件。')
  }
  const checked = NoticeSchema.safeParse(notice)
  if (!checked.success) throw new OpenError('invalid-content', '导入结果不完整，无法生成通报。请检查原文格式后重试。')
  return { notice: checked.data, findings: findings.map((f) => ({ ...f, location: { ...f.location, path: [...f.location.path] as Path } })) }
}
