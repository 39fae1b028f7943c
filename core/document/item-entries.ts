// 条目的扁平列表（先序），带路径与深度。一次校验中多条规则共用，按条目数组的对象同一性缓存：
// 大通报中用生成器逐层 yield* 遍历要慢一个数量级。
import type { ItemEntry, Path, SectionKey } from '../model/item'
import type { Item, Notice } from '../model/notice'

const cache = new WeakMap<Item[], ItemEntry[]>()

function collect(items: Item[], base: Path, depth: number, out: ItemEntry[]): void {
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!
    const path = base.concat(i)
    out.push({ item, path, depth })
    if (item.children.length) collect(item.children, path.concat('children'), depth + 1, out)
  }
}

/**
 * 某一部分的全部条目，不缓存：导出、编号、进度用它（调用者可能就地改过条目数组，如命令行和测试）。
 */
export function walkSection(notice: Notice, section: SectionKey): ItemEntry[] {
  const out: ItemEntry[] = []
  collect(notice[section].items, [section, 'items'], 0, out)
  return out
}

/** 某一部分的全部条目，按条目数组缓存（一次校验中各规则共用；通报须不可变地修改）。 */
export function sectionEntries(notice: Notice, section: SectionKey): ItemEntry[] {
  const items = notice[section].items
  let entries = cache.get(items)
  if (!entries) {
    entries = []
    collect(items, [section, 'items'], 0, entries)
    cache.set(items, entries)
  }
  return entries
}
