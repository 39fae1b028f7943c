import { contactText } from '../derive/contact-text'
import { noticeLead } from '../derive/lead'
import { statisticsText } from '../derive/statistics-text'
import { noticeTitle } from '../derive/title'
import { IsoDate } from '../model/dates'
import type { Path, SectionKey } from '../model/item'
import type { Item, Notice, PartKey, Section } from '../model/notice'
import { type Level, Marker } from '../model/numbering'
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

function itemBlock(item: Item, level: Level, index: number, part: PartKey, path: Path, out: Block[]): void {
  const marker = item.unnumbered ? '' : Marker.format(level, index)
  const body = item.body
  if (item.runIn || item.title === '') {
    const first = body[0]
    out.push({
      kind: 'paragraph', part, level, marker, heading: item.title, runs: first ? first.children : [],
      path: [...path, first ? 'body' : 'title', ...(first ? [0] : [])],
    })
    paragraphs(body, part, [...path, 'body'], out, 1)
  } else {
    out.push({ kind: 'heading', part, level, marker, heading: item.title, runs: [], path: [...path, 'title'] })
    paragraphs(body, part, [...path, 'body'], out)
  }
}

/**
 * 条目树按先序写出。用显式的栈而不是递归：工程文件里的条目可以嵌套几百层、多到十几万个，
 * 递归与 push(...子结果) 会撑爆调用栈。
 */
function itemsBlocks(items: Item[], level: Level, part: PartKey, base: Path, out: Block[]): void {
  // 每层一个帧：这一层的条目、下一个要写的位置、已数到的序号。
  const frames: { items: Item[]; level: Level; base: Path; next: number; n: number }[] = [{ items, level, base, next: 0, n: 0 }]
  while (frames.length) {
    const f = frames[frames.length - 1]!
    if (f.next >= f.items.length) {
      frames.pop()
      continue
    }
    const i = f.next++
    const item = f.items[i]!
    const path = [...f.base, i]
    itemBlock(item, f.level, item.unnumbered ? 0 : ++f.n, part, path, out)
    if (item.children.length) frames.push({ items: item.children, level: Marker.clampLevel(f.level + 1), base: [...path, 'children'], next: 0, n: 0 })
  }
}

/** 每个有标题的部分按出现顺序取一级序号；其下条目从二级起。 */
function sectionBlocks(section: Section, key: SectionKey, headedIndex: number, out: Block[]): void {
  const headed = section.heading !== null
  if (headed) {
    out.push({ kind: 'heading', part: key, level: 1, marker: Marker.format(1, headedIndex), heading: section.heading!, runs: [], path: [key, 'heading'] })
  }
  paragraphs(section.paragraphs, key, [key, 'paragraphs'], out)
  itemsBlocks(section.items, headed ? 2 : 1, key, [key, 'items'], out)
}

export function noticeBlocks(notice: Notice): Block[] {
  const out: Block[] = []
  let headed = 0
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
          out.push({ kind: 'signature-org', part, level: 0, marker: '', heading: '', runs: [{ text: notice.signature.org }], path: ['signature', 'org'] })
        }
        if (notice.signature.date) {
          out.push({ kind: 'signature-date', part, level: 0, marker: '', heading: '', runs: [{ text: IsoDate.toChinese(notice.signature.date) }], path: ['signature', 'date'] })
        }
        break
      default: {
        const section = notice[part]
        sectionBlocks(section, part, section.heading !== null ? ++headed : 0, out)
      }
    }
  }
  return out
}

/** 通报全文（段落以换行分隔），用于文本比对与字数统计。 */
export function noticeText(notice: Notice): string {
  return noticeBlocks(notice).map(Block.text).join('\n')
}
