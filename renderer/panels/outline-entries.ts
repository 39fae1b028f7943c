/** 大纲的条目列表：由通报推导（与编辑器元素下标一一对应），带推导编号和状态。 */
import { type Item, type ItemRole, type ItemStatus, type Notice, SECTION_KEYS, type SectionKey } from '../../core/model'
import { itemLabel } from '../../core/document/item-label'
import { isHeaded, itemMarkers } from '../../core/document/numbering'
import { paragraphText } from '../../core/rules/text-units'

export interface OutlineEntry {
  section: SectionKey
  /** 在该部分编辑器中的元素下标 */
  index: number
  id: string
  depth: number
  marker: string
  title: string
  role: ItemRole
  status: ItemStatus | null
  /** 续报沿用、尚未确认的状态 */
  pending: boolean
}

/** 一个顶层条目连同下级的大纲行，及算出它们时的位置（位置变了就重算）。 */
interface TopEntries {
  section: SectionKey
  start: number
  marker: string
  headed: boolean
  entries: OutlineEntry[]
  /** 这棵子树在编辑器里占的元素个数（每个条目一个标题行，每段正文一个） */
  span: number
}

/**
 * 按顶层条目（方面）的对象同一性缓存：通报不可变地修改，打字时只有光标所在方面的对象换了新的，其余方面的大纲行原样沿用。
 * 50 万字的通报约 4000 行，每次同步全部重建要留下约 1.2 MB 新对象，熬过一两次新生代回收才死，回收时逐个复制；
 * 行对象不变，大纲的块与行也就不必重绘（outline-panel.tsx 按对象比较）。
 */
const cache = new WeakMap<Item, TopEntries>()

function subtree(item: Item, depth: number, out: { item: Item; depth: number }[]): void {
  out.push({ item, depth })
  for (const child of item.children) subtree(child, depth + 1, out)
}

function topEntries(section: SectionKey, top: Item, start: number, marker: string, headed: boolean): TopEntries {
  const hit = cache.get(top)
  if (hit && hit.section === section && hit.start === start && hit.marker === marker && hit.headed === headed) return hit
  const flat: { item: Item; depth: number }[] = []
  subtree(top, 0, flat)
  // 下级的序号只取决于这棵子树（每个上级之内从 1 起）；顶层条目自己的序号由调用者按它在部分中的位置给出。
  const markers = itemMarkers(
    flat.map((e) => ({ depth: e.depth, unnumbered: e.item.unnumbered })),
    headed,
  )
  let index = start
  const entries = flat.map(({ item, depth }, k): OutlineEntry => {
    // 无标题的条目（措施的正文直接接在序号后）用正文的头几个字
    const first = item.body[0]
    const body = item.title.trim() === '' && first ? paragraphText(first) : ''
    const entry: OutlineEntry = {
      section,
      index,
      id: item.id,
      depth,
      marker: k === 0 ? marker : (markers[k] ?? ''),
      title: itemLabel(item.title, body),
      role: item.role,
      status: item.status,
      pending: item.statusPending === true,
    }
    index += 1 + item.body.length
    return entry
  })
  const fresh = { section, start, marker, headed, entries, span: index - start }
  cache.set(top, fresh)
  return fresh
}

/**
 * 直接走模型（不先转成编辑器的元素）：长文档同步一次只花在条目个数上，不随字数增长。
 * 编辑器里每个部分先是部分标题、部分段落，再按先序每个条目一个标题行、每段正文一个元素（见 notice-value.ts），下标由此数出。
 */
export function outlineEntries(notice: Notice): OutlineEntry[] {
  const out: OutlineEntry[] = []
  for (const section of SECTION_KEYS) {
    const { items, heading, paragraphs } = notice[section]
    const headed = isHeaded(heading)
    const topMarkers = itemMarkers(
      items.map((item) => ({ depth: 0, unnumbered: item.unnumbered })),
      headed,
    )
    let index = 1 + paragraphs.length
    items.forEach((top, k) => {
      const { entries, span } = topEntries(section, top, index, topMarkers[k] ?? '', headed)
      for (const e of entries) out.push(e)
      index += span
    })
  }
  return out
}
