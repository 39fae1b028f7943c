/** 大纲的条目列表：由通报推导（与编辑器元素下标一一对应），带推导编号和状态。 */
import { type ItemRole, type ItemStatus, type Notice, SECTION_KEYS, type SectionKey } from '../../core/model'
import { itemLabel } from '../../core/document/item-label'
import { sectionToValue } from '../editor/notice-value'
import { isHeaded } from '../../core/document/numbering'
import { flatMarkers } from '../editor/structure'

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

export function outlineEntries(notice: Notice): OutlineEntry[] {
  const out: OutlineEntry[] = []
  for (const section of SECTION_KEYS) {
    const value = sectionToValue(notice[section])
    const markers = flatMarkers(value, isHeaded(notice[section].heading))
    value.forEach((el, index) => {
      if (el.type !== 'item') return
      const title = el.children.map((c) => c.text).join('')
      // 无标题的条目（措施的正文直接接在序号后）用正文的头几个字
      const body =
        title.trim() === '' && value[index + 1]?.type === 'item-body' ? value[index + 1]!.children.map((c) => c.text).join('') : ''
      out.push({
        section,
        index,
        id: el.id,
        depth: el.depth,
        marker: markers[index] ?? '',
        title: itemLabel(title, body),
        role: el.role,
        status: el.status,
        pending: el.statusPending === true,
      })
    })
  }
  return out
}
