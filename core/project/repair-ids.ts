import { repairDuplicateIds } from '../model/ids'
import { Item, type Path, SECTION_KEYS } from '../model/item'
import type { Item as ItemData, Notice } from '../model/notice'

/**
 * 打开工程文件时修复重复的条目编号（模式不拒绝重复编号，手工改过或旧版粘贴产生的文件里会有）。
 * 返回修复后的通报和被换了编号的条目位置；没有重复时原样返回同一对象。
 */
export function repairNoticeIds(notice: Notice): { notice: Notice; repaired: Path[] } {
  const entries = [...Item.all(notice)]
  const { ids, changed } = repairDuplicateIds(entries.map((e) => e.item.id))
  if (changed.length === 0) return { notice, repaired: [] }
  let k = 0
  const renumber = (items: ItemData[]): ItemData[] => items.map((item) => ({ ...item, id: ids[k++]!, children: renumber(item.children) }))
  const next = { ...notice }
  for (const section of SECTION_KEYS) next[section] = { ...notice[section], items: renumber(notice[section].items) }
  return { notice: next, repaired: changed.map((i) => entries[i]!.path) }
}
