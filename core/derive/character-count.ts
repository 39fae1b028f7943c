/**
 * 字数（状态栏）：通报全文（core/document/blocks 的线性视图，含推导的编号、导语、统计与联系方式）中不是空白的字符数。
 * 三个可编辑部分不排成块，而是逐个条目相加：条目自身的字数（标题与正文）按条目对象缓存，编号由 numbering 推导；
 * 编辑时没动的条目对象原样共享（renderer/editor/share-section.ts），五十万字的通报同步一次只数改动的条目。
 * 条目的块（标题行或 run-in 段落、其余正文段落）的字数之和就是“编号 + 标题 + 各段正文”，与块的切法无关。
 */
import { noticeBlocks } from '../document/blocks'
import { sectionEntries } from '../document/item-entries'
import { isHeaded, itemMarkers, sectionMarkers } from '../document/numbering'
import { SECTION_KEYS, type SectionKey } from '../model/item'
import type { Item, Notice } from '../model/notice'
import type { RichText } from '../model/rich-text'

const SPACE = /\s/g
const byItem = new WeakMap<Item, number>()

function visible(text: string): number {
  return text.length - (text.match(SPACE)?.length ?? 0)
}

function richTextCount(rt: RichText): number {
  let n = 0
  for (const p of rt) for (const r of p.children) n += visible(r.text)
  return n
}

/** 条目自身（不含编号与下级）的字数 */
function itemCount(item: Item): number {
  let n = byItem.get(item)
  if (n === undefined) {
    n = visible(item.title) + richTextCount(item.body)
    byItem.set(item, n)
  }
  return n
}

function sectionCount(notice: Notice, key: SectionKey, sectionMarker: string): number {
  const section = notice[key]
  const headed = isHeaded(section.heading)
  let n = headed ? visible(sectionMarker) + visible(section.heading!) : 0
  n += richTextCount(section.paragraphs)
  const entries = sectionEntries(notice, key)
  const markers = itemMarkers(
    entries.map((e) => ({ depth: e.depth, unnumbered: e.item.unnumbered })),
    headed,
  )
  entries.forEach((e, i) => (n += visible(markers[i]!) + itemCount(e.item)))
  return n
}

export function characterCount(notice: Notice): number {
  const sections = new Set<string>(SECTION_KEYS)
  // 标题、导语、统计、联系方式、落款：由 blocks 推导（只排这些部分，几个块而已）
  let n = 0
  for (const b of noticeBlocks({ ...notice, parts: notice.parts.filter((p) => !sections.has(p)) }))
    n += visible(b.marker) + visible(b.heading) + b.runs.reduce((k, r) => k + visible(r.text), 0)
  const markers = sectionMarkers(notice)
  for (const key of SECTION_KEYS) if (notice.parts.includes(key)) n += sectionCount(notice, key, markers[key])
  return n
}
