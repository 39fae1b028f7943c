/**
 * 正文分部分：组织情况、统计段落、逐条整改、下一步。两种写法：
 * - 有“一、二、三、”部分标题（样例 003、004），下一步一节也有标题；
 * - 没有部分标题（样例 000–002）：逐条整改从第一个“一、”开始，下一步从“下一步，”开始。
 */
import type { Section } from '../model/notice'
import { RichText } from '../model/rich-text'
import type { Finding } from '../rules/types'
import { parseItems } from './item-tree'
import { readMarker } from './markers'
import { tableHeader } from './problem-table'
import { isStatisticsParagraph } from './statistics'

export interface Sections {
  /** 导语之后、第一个部分标题之前的段落（仍属导语） */
  leadContinued: string[]
  organization: Section | null
  /** 统计段落原文 */
  statistics: string[]
  rectification: Section | null
  nextSteps: Section | null
  findings: Finding[]
}

interface Region {
  heading: string
  paragraphs: string[]
}

const isHanHeading = (p: string) => readMarker(p)?.marker.kind === 'han'
const NEXT_STEPS = /下一步|今后/

/** 末尾几段若是统计段落，拿出来单列（统计在组织情况之后，顺序不变）。 */
function splitTrailingStatistics(paragraphs: string[]): { rest: string[]; stats: string[] } {
  let k = paragraphs.length
  while (k > 0 && isStatisticsParagraph(paragraphs[k - 1]!)) k--
  return { rest: paragraphs.slice(0, k), stats: paragraphs.slice(k) }
}

function section(
  heading: string | null,
  paragraphs: string[],
  key: 'organization' | 'rectification' | 'nextSteps',
  out: Sections,
): Section {
  const tree = parseItems(paragraphs, [key, 'items'], key === 'rectification')
  for (const f of tree.findings) out.findings.push(f)
  return { heading, paragraphs: RichText.of(...tree.preamble), items: tree.items }
}

/** 组织情况：条目之前的段落若以统计段落收尾，统计单列。 */
function organization(heading: string | null, paragraphs: string[], out: Sections): Section | null {
  const s = section(heading, paragraphs, 'organization', out)
  if (s.items.length === 0) {
    const { rest, stats } = splitTrailingStatistics(RichText.texts(s.paragraphs))
    out.statistics = stats
    s.paragraphs = RichText.of(...rest)
  }
  return heading === null && s.items.length === 0 && s.paragraphs.length === 0 ? null : s
}

/** 部分标题的说法（问题标题“一、关于……问题的整改情况”不算）。 */
const SECTION_HEADING = /下一步|今后|组织情况|组织领导|整改落实情况|整改工作情况|反馈问题的?整改(落实)?情况|主要做法|工作成效/

function isSectionHeading(p: string): boolean {
  const rest = readMarker(p)?.rest ?? ''
  return isHanHeading(p) && SECTION_HEADING.test(rest) && !/^关于|问题$|问题的/.test(rest)
}

function headed(body: string[], out: Sections): boolean {
  if (!body.some(isSectionHeading)) return false
  const regions: Region[] = []
  for (const p of body) {
    if (isHanHeading(p)) regions.push({ heading: readMarker(p)!.rest, paragraphs: [] })
    else if (regions.length) regions[regions.length - 1]!.paragraphs.push(p)
    else out.leadContinued.push(p)
  }
  let nextIdx = regions.findIndex((r) => NEXT_STEPS.test(r.heading))
  if (nextIdx < 0) {
    // 下一步没有单列标题：它在最后一部分里，以“下一步，”开头。
    const last = regions[regions.length - 1]!
    const k = last.paragraphs.findIndex((p) => /^下一步/.test(p))
    if (k >= 0) out.nextSteps = section(null, last.paragraphs.splice(k), 'nextSteps', out)
    nextIdx = regions.length
  }
  const before = regions.slice(0, nextIdx)
  let orgRegion: Region | null = null
  let rectRegions: Region[] = before
  if (
    before.length >= 2 ||
    (before.length === 1 && /组织|站位|领导|部署/.test(before[0]!.heading) && !/问题|整改落实|落实情况/.test(before[0]!.heading))
  ) {
    orgRegion = before[0]!
    rectRegions = before.slice(1)
  }
  if (orgRegion) out.organization = organization(orgRegion.heading, orgRegion.paragraphs, out)
  if (rectRegions.length) {
    // 多出的部分（少见）并入逐条整改，各自成为一个条目，文字不丢。
    const [first, ...extra] = rectRegions
    const paragraphs = [...first!.paragraphs, ...extra.flatMap((r) => [`一、${r.heading}`, ...r.paragraphs])]
    out.rectification = section(first!.heading, paragraphs, 'rectification', out)
  }
  const next = regions[nextIdx]
  if (next) {
    const afterNext = regions.slice(nextIdx + 1).flatMap((r) => [r.heading, ...r.paragraphs])
    out.nextSteps = section(next.heading, [...next.paragraphs, ...afterNext], 'nextSteps', out)
  }
  return true
}

function unheaded(body: string[], out: Sections): void {
  const nextIdx = body.findIndex((p) => /^下一步/.test(p))
  const middle = nextIdx >= 0 ? body.slice(0, nextIdx) : body
  if (nextIdx >= 0) out.nextSteps = section(null, body.slice(nextIdx), 'nextSteps', out)
  // 逐条整改从第一个“一、”开始（没有“一、”时从第一个编号段落开始）。
  let k = middle.findIndex(isHanHeading)
  if (k < 0) k = middle.findIndex((p) => readMarker(p) !== null && readMarker(p)!.marker.kind !== 'bare-paren')
  // 问题清单在第一个编号条目之前（或根本没有编号条目）：逐条整改从表头开始。
  const header = middle.findIndex((p) => tableHeader(p) !== null)
  if (header >= 0 && (k < 0 || header < k)) k = header
  out.organization = organization(null, k >= 0 ? middle.slice(0, k) : middle, out)
  if (k >= 0) out.rectification = section(null, middle.slice(k), 'rectification', out)
}

export function splitSections(body: string[]): Sections {
  const out: Sections = { leadContinued: [], organization: null, statistics: [], rectification: null, nextSteps: null, findings: [] }
  if (!headed(body, out)) unheaded(body, out)
  return out
}
