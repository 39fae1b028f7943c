/** 大纲的条目列表：由通报推导（与编辑器元素下标一一对应），带推导编号和状态。 */
import { type ItemRole, type ItemStatus, type Notice, SECTION_KEYS, type SectionKey } from '../../core/model'
import { itemLabel } from '../../core/document/item-label'
import { sectionEntries } from '../../core/document/item-entries'
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

/**
 * 直接走模型（不先转成编辑器的元素）：长文档同步一次只花在条目个数上，不随字数增长。
 * 编辑器里每个部分先是部分标题、部分段落，再按先序每个条目一个标题行、每段正文一个元素（见 notice-value.ts），下标由此数出。
 */
export function outlineEntries(notice: Notice): OutlineEntry[] {
  const out: OutlineEntry[] = []
  for (const section of SECTION_KEYS) {
    const entries = sectionEntries(notice, section)
    const markers = itemMarkers(
      entries.map((e) => ({ depth: e.depth, unnumbered: e.item.unnumbered })),
      isHeaded(notice[section].heading),
    )
    let index = 1 + notice[section].paragraphs.length
    entries.forEach(({ item, depth }, k) => {
      // 无标题的条目（措施的正文直接接在序号后）用正文的头几个字
      const first = item.body[0]
      const body = item.title.trim() === '' && first ? paragraphText(first) : ''
      out.push({
        section,
        index,
        id: item.id,
        depth,
        marker: markers[k] ?? '',
        title: itemLabel(item.title, body),
        role: item.role,
        status: item.status,
        pending: item.statusPending === true,
      })
      index += 1 + item.body.length
    })
  }
  return out
}
