import { contactText } from '../derive/contact-text'
import { noticeLead } from '../derive/lead'
import { statisticsText } from '../derive/statistics-text'
import { noticeTitle } from '../derive/title'
import { IsoDate } from '../model/dates'
import type { Path, SectionKey } from '../model/item'
import type { Item, Notice, PartKey } from '../model/notice'
import type { Level } from '../model/numbering'
import { walkSection } from './item-entries'
import { isHeaded, itemLevel, itemMarkers, sectionMarkers } from './numbering'
import type { RichText, TextRun } from '../model/rich-text'

/**
 * 通报的线性视图：导出（Word、HTML）、分页预览、文本比对都读它，
 * 因而编号、导语、统计段落和联系方式只在这里由模型推导一次。
 */
export interface Block {
  kind: 'title' | 'heading' | 'paragraph' | 'signature-org' | 'signature-date'
  part: PartKey
  /** 标题层级 1–4；非标题段落为 0。run-in 段落为其标题的层级。 */
  level: 0 | Level
  /** 推导出的序号：一、 （一） 1. （1），无则为空串。 */
  marker: string
  /** 标题文字（独立标题，或 run-in 段落开头的标题句）。 */
  heading: string
  /** 正文（run-in 时为标题之后的正文）。 */
  runs: TextRun[]
  /** 在模型中的位置，供编辑器跳转。 */
  path: Path
}

export const Block = {
  text(b: Block): string {
    return b.marker + b.heading + b.runs.map((r) => r.text).join('')
  },
}

function paragraphs(rt: RichText, part: PartKey, base: Path): Block[] {
  return rt.map((p, i) => ({ kind: 'paragraph', part, level: 0, marker: '', heading: '', runs: p.children, path: [...base, i] }))
}

/** 一个条目自身的块（标题或 run-in 段落、正文）；下级条目由调用者按先序接着排。 */
function itemBlocks(item: Item, level: Level, marker: string, part: PartKey, path: Path): Block[] {
  const out: Block[] = []
  const body = item.body
  if (item.runIn || item.title === '') {
    const [first, ...rest] = body
    out.push({
      kind: 'paragraph',
      part,
      level,
      marker,
      heading: item.title,
      runs: first ? first.children : [],
      path: [...path, first ? 'body' : 'title', ...(first ? [0] : [])],
    })
    out.push(...paragraphs(rest, part, [...path, 'body']).map((b, i) => ({ ...b, path: [...path, 'body', i + 1] })))
  } else {
    out.push({ kind: 'heading', part, level, marker, heading: item.title, runs: [], path: [...path, 'title'] })
    out.push(...paragraphs(body, part, [...path, 'body']))
  }
  return out
}

/** 部分的块：标题（有标题时，取一级序号）、部分段落、再按先序排各条目；编号来自 numbering.ts。 */
function sectionBlocks(notice: Notice, key: SectionKey, sectionMarker: string): Block[] {
  const section = notice[key]
  const out: Block[] = []
  const headed = isHeaded(section.heading)
  if (headed)
    out.push({ kind: 'heading', part: key, level: 1, marker: sectionMarker, heading: section.heading!, runs: [], path: [key, 'heading'] })
  out.push(...paragraphs(section.paragraphs, key, [key, 'paragraphs']))
  const entries = walkSection(notice, key)
  const markers = itemMarkers(
    entries.map((e) => ({ depth: e.depth, unnumbered: e.item.unnumbered })),
    headed,
  )
  entries.forEach((e, i) => out.push(...itemBlocks(e.item, itemLevel(e.depth, headed), markers[i]!, key, e.path)))
  return out
}

export function noticeBlocks(notice: Notice): Block[] {
  const out: Block[] = []
  const markers = sectionMarkers(notice)
  for (const part of notice.parts) {
    switch (part) {
      case 'title':
        out.push({ kind: 'title', part, level: 0, marker: '', heading: noticeTitle(notice), runs: [], path: ['title'] })
        break
      case 'lead':
        out.push(...paragraphs(noticeLead(notice), part, notice.lead.override ? ['lead', 'override'] : ['meta']))
        break
      case 'statistics':
        out.push(...paragraphs(statisticsText(notice), part, ['statistics']))
        break
      case 'contact':
        out.push(...paragraphs(contactText(notice), part, notice.contact.override ? ['contact', 'override'] : ['contact']))
        break
      case 'signature':
        if (notice.signature.org) {
          out.push({
            kind: 'signature-org',
            part,
            level: 0,
            marker: '',
            heading: '',
            runs: [{ text: notice.signature.org }],
            path: ['signature', 'org'],
          })
        }
        if (notice.signature.date) {
          out.push({
            kind: 'signature-date',
            part,
            level: 0,
            marker: '',
            heading: '',
            runs: [{ text: IsoDate.toChinese(notice.signature.date) }],
            path: ['signature', 'date'],
          })
        }
        break
      default:
        out.push(...sectionBlocks(notice, part, markers[part]))
    }
  }
  return out
}

/** 通报全文（段落以换行分隔），用于文本比对与字数统计。 */
export function noticeText(notice: Notice): string {
  return noticeBlocks(notice).map(Block.text).join('\n')
}
