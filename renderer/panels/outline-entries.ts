/** 大纲的条目列表：由通报推导（与编辑器元素下标一一对应），带推导编号和状态。 */
import { type ItemRole, type ItemStatus, type Notice, SECTION_KEYS, type SectionKey } from '../../core/model'
import { sectionToValue } from '../editor/notice-value'
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
}

export function outlineEntries(notice: Notice): OutlineEntry[] {
  const out: OutlineEntry[] = []
  for (const section of SECTION_KEYS) {
    const value = sectionToValue(notice[section])
    const markers = flatMarkers(value, notice[section].heading !== null)
    value.forEach((el, index) => {
      if (el.type !== 'item') return
      out.push({ section, index, id: el.id, depth: el.depth, marker: markers[index] ?? '', title: el.children.map((c) => c.text).join(''), role: el.role, status: el.status })
    })
  }
  return out
}
