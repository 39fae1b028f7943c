/**
 * 字数（状态栏）：通报全文（core/document/blocks 的线性视图，含推导的编号、导语、统计与联系方式）中不是空白的字符数。
 * 三个可编辑部分不排成块，而是逐个条目相加：条目自身的字数（标题与正文）按条目对象缓存，每组同级条目连同下级（含编号）按数组对象缓存；
 * 编辑时没动的条目与子树原样共享（renderer/editor/share-section.ts），五十万字的通报同步一次只数改动处到根的一条路径。
 * 条目的块（标题行或 run-in 段落、其余正文段落）的字数之和就是“编号 + 标题 + 各段正文”，与块的切法无关。
 */
import { noticeBlocks } from '../document/blocks'
import { isHeaded, itemLevel, sectionMarkers } from '../document/numbering'
import { SECTION_KEYS, type SectionKey } from '../model/item'
import type { Item, Notice } from '../model/notice'
import { Marker } from '../model/numbering'
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

/**
 * 一组同级条目连同下级的字数，含编号。同一上级之内从 1 起编（itemMarkers 的规则：无编号条目不占号），所以一组的字数只取决于
 * 这组条目、它们的深度与部分有没有标题：按数组对象缓存，编辑时没动的子树原样共享，同步一次只重数改动处到根的一条路径。
 */
const byItems = new WeakMap<Item[], Map<number, number>>()

function itemsCount(items: Item[], depth: number, headed: boolean): number {
  const key = depth * 2 + (headed ? 1 : 0)
  let cached = byItems.get(items)
  const hit = cached?.get(key)
  if (hit !== undefined) return hit
  let n = 0
  let k = 0
  for (const item of items) {
    if (!item.unnumbered) n += visible(Marker.format(itemLevel(depth, headed), ++k))
    n += itemCount(item) + (item.children.length ? itemsCount(item.children, depth + 1, headed) : 0)
  }
  if (!cached) byItems.set(items, (cached = new Map()))
  cached.set(key, n)
  return n
}

function sectionCount(notice: Notice, key: SectionKey, sectionMarker: string): number {
  const section = notice[key]
  const headed = isHeaded(section.heading)
  const n = headed ? visible(sectionMarker) + visible(section.heading!) : 0
  return n + richTextCount(section.paragraphs) + itemsCount(section.items, 0, headed)
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
