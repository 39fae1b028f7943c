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

function paragraphs(rt: RichText, part: PartKey, base: Path, out: Block[], first = 0): void {
  for (let i = first; i < rt.length; i++) {
    out.push({ kind: 'paragraph', part, level: 0, marker: '', heading: '', runs: rt[i]!.children, path: [...base, i] })
  }
}

/** 一个条目自身的块（标题或 run-in 段落、正文）；下级条目由调用者按先序接着排。 */
function itemBlocks(item: Item, level: Level, marker: string, part: PartKey, path: Path, out: Block[]): void {
  const body = item.body
  if (item.runIn || item.title === '') {
    const first = body[0]
    out.push({
      kind: 'paragraph',
      part,
      level,
      marker,
      heading: item.title,
      runs: first ? first.children : [],
      path: [...path, first ? 'body' : 'title', ...(first ? [0] : [])],
    })
    paragraphs(body, part, [...path, 'body'], out, 1)
  } else {
    out.push({ kind: 'heading', part, level, marker, heading: item.title, runs: [], path: [...path, 'title'] })
    paragraphs(body, part, [...path, 'body'], out)
  }
}

/**
 * 部分的块：标题（有标题时，取一级序号）、部分段落、再按先序排各条目；编号来自 numbering.ts。
 * 条目是扁平的先序列表、结果写进同一个数组：工程文件里的条目可以多到十几万个，push(...子结果) 会撑爆调用栈。
 */
function sectionBlocks(notice: Notice, key: SectionKey, sectionMarker: string, out: Block[]): void {
  const section = notice[key]
  const headed = isHeaded(section.heading)
  if (headed)
    out.push({ kind: 'heading', part: key, level: 1, marker: sectionMarker, heading: section.heading!, runs: [], path: [key, 'heading'] })
  paragraphs(section.paragraphs, key, [key, 'paragraphs'], out)
  const entries = walkSection(notice, key)
  const markers = itemMarkers(
    entries.map((e) => ({ depth: e.depth, unnumbered: e.item.unnumbered })),
    headed,
  )
  entries.forEach((e, i) => itemBlocks(e.item, itemLevel(e.depth, headed), markers[i]!, key, e.path, out))
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
        paragraphs(noticeLead(notice), part, notice.lead.override ? ['lead', 'override'] : ['meta'], out)
        break
      case 'statistics':
        paragraphs(statisticsText(notice), part, ['statistics'], out)
        break
      case 'contact':
        paragraphs(contactText(notice), part, notice.contact.override ? ['contact', 'override'] : ['contact'], out)
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
        sectionBlocks(notice, part, markers[part], out)
    }
  }
  return out
}

/** 通报全文（段落以换行分隔），用于文本比对与字数统计。 */
export function noticeText(notice: Notice): string {
  return noticeBlocks(notice).map(Block.text).join('\n')
}
