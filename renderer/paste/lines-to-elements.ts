/** 粘贴来的文字行 → 编辑器元素：带序号的行（core 的序号识别）成为条目，其余成为段落。只保留文字，不保留任何样式。 */
import type { SectionKey } from '../../core/model'
import type { NoticeElement } from '../editor/custom-types'
import { newItemElement } from '../editor/commands'
import { roleAt } from '../editor/structure'
import { depthForLevel } from '../../core/document/numbering'
import { typedMarker } from '../../core/import/markers'
import { splitRunIn } from '../../core/import/sentences'

export interface PasteContext {
  section: SectionKey
  sectionHeaded: boolean
  /** 粘贴处之前的元素，用来决定层级上限和新条目的角色 */
  before: readonly NoticeElement[]
}

export function linesToElements(lines: readonly string[], ctx: PasteContext): NoticeElement[] {
  const out: NoticeElement[] = []
  const context = (): NoticeElement[] => [...ctx.before, ...out]
  let lastDepth = (() => {
    for (let i = ctx.before.length - 1; i >= 0; i--) {
      const el = ctx.before[i]!
      if (el.type === 'item') return el.depth
    }
    return -1
  })()
  for (const raw of lines) {
    const line = raw.replace(/[\u00a0\u3000]/g, ' ').trim()
    if (line === '') continue
    const marker = typedMarker(line)
    if (marker) {
      const rest = line.slice(marker.length).trim()
      const depth = Math.min(depthForLevel(marker.level, ctx.sectionHeaded), lastDepth + 1)
      const all = context()
      const role = roleAt(all, all.length, depth, ctx.section)
      const { title, body } = splitRunIn(rest)
      const item = newItemElement(role, depth, title)
      item.runIn = body !== null
      out.push(item)
      if (body) out.push({ type: 'item-body', children: [{ text: body }] })
      lastDepth = depth
    } else {
      out.push({ type: lastDepth >= 0 ? 'item-body' : 'paragraph', children: [{ text: line }] })
    }
  }
  return out
}
