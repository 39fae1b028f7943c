/**
 * 通报的可审阅单元：导出时每个正文段落对应一个单元（标题、部分标题、部分段落、条目的标题、
 * run-in 段落、条目正文段落、落款）。单元记下它属于模型的哪个字段，比对审阅稿时按它对回去。
 * 段落与编号都读 core/document/blocks（导出也读它），因而与 Word 中的段落一一对应。
 */
import { noticeTitle } from '../derive/title'
import { noticeBlocks } from '../document/blocks'
import type { SectionKey } from '../model/item'
import type { Item, Notice, PartKey } from '../model/notice'

/** 单元在模型中的落点。item-lead 是 run-in 段落：标题与第一段正文同在一段。 */
export type UnitTarget =
  | { kind: 'title' }
  | { kind: 'section-heading'; section: SectionKey }
  | { kind: 'part-paragraph'; part: 'lead' | 'statistics' | 'contact' | SectionKey; index: number }
  | { kind: 'signature-org' }
  | { kind: 'signature-date' }
  | { kind: 'item-title'; itemId: string }
  | { kind: 'item-lead'; itemId: string }
  | { kind: 'item-body'; itemId: string; index: number }

export interface NoticeUnit {
  target: UnitTarget
  part: PartKey
  /** 段落文字，不含编号 */
  text: string
  /** 导出时写在段首的编号（没有为空串） */
  marker: string
  /** 条目单元：条目编号、层级（部分内深度）、上级条目（顶层为 null） */
  item: { id: string; depth: number; parentId: string | null; section: SectionKey } | null
}

export interface ItemPlace {
  item: Item
  section: SectionKey
  depth: number
  parentId: string | null
  /** 在上级（或部分）中的位置 */
  index: number
}

/** 通报中每个条目的位置（按编号查）。 */
export function itemPlaces(notice: Notice): Map<string, ItemPlace> {
  const out = new Map<string, ItemPlace>()
  const walk = (items: Item[], section: SectionKey, depth: number, parentId: string | null) =>
    items.forEach((item, index) => {
      out.set(item.id, { item, section, depth, parentId, index })
      walk(item.children, section, depth + 1, item.id)
    })
  for (const s of ['organization', 'rectification', 'nextSteps'] as const) walk(notice[s].items, s, 0, null)
  return out
}

/** 通报 → 单元（按导出顺序）。 */
export function noticeUnits(notice: Notice): NoticeUnit[] {
  const places = itemPlaces(notice)
  // 块的路径 → 条目：块路径以条目路径开头，后接 'title' 或 'body', i。
  const itemAt = (path: readonly (string | number)[]): { id: string; rest: (string | number)[] } | null => {
    if (path[0] !== 'organization' && path[0] !== 'rectification' && path[0] !== 'nextSteps') return null
    if (path[1] !== 'items') return null
    let cur: Item[] | null = notice[path[0]].items
    let item: Item | null = null
    let i = 2
    while (i < path.length && cur) {
      item = cur[path[i] as number] ?? null
      i++
      if (path[i] === 'children') {
        cur = item?.children ?? null
        i++
      } else break
    }
    return item ? { id: item.id, rest: path.slice(i) as (string | number)[] } : null
  }
  const out: NoticeUnit[] = []
  // 没有标题部分的通报导出时也写推导出的标题（core/layout/paragraphs bodyParas），审阅稿里因而有它。
  if (!notice.parts.includes('title'))
    out.push({ target: { kind: 'title' }, part: 'title', text: noticeTitle(notice), marker: '', item: null })
  for (const b of noticeBlocks(notice)) {
    const text = b.heading + b.runs.map((r) => r.text).join('')
    const unit = (target: UnitTarget, item: NoticeUnit['item'] = null) => out.push({ target, part: b.part, text, marker: b.marker, item })
    if (b.kind === 'title') unit({ kind: 'title' })
    else if (b.kind === 'signature-org') unit({ kind: 'signature-org' })
    else if (b.kind === 'signature-date') unit({ kind: 'signature-date' })
    else if (b.part === 'lead' || b.part === 'statistics' || b.part === 'contact')
      unit({ kind: 'part-paragraph', part: b.part, index: Number(b.path[b.path.length - 1]) || 0 })
    else if (b.part === 'organization' || b.part === 'rectification' || b.part === 'nextSteps') {
      const section = b.part
      if (b.path[1] === 'heading') unit({ kind: 'section-heading', section })
      else if (b.path[1] === 'paragraphs') unit({ kind: 'part-paragraph', part: section, index: b.path[2] as number })
      else {
        const at = itemAt(b.path)
        if (!at) continue
        const place = places.get(at.id)!
        const info = { id: at.id, depth: place.depth, parentId: place.parentId, section }
        if (at.rest[0] === 'title')
          unit(
            b.kind === 'heading' || place.item.body.length === 0
              ? { kind: 'item-title', itemId: at.id }
              : { kind: 'item-lead', itemId: at.id },
            info,
          )
        else if (b.level) unit({ kind: 'item-lead', itemId: at.id }, info)
        else unit({ kind: 'item-body', itemId: at.id, index: at.rest[1] as number }, info)
      }
    }
  }
  return out
}
