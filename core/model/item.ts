import { newId } from './ids'
import type { Item as ItemData, ItemRole, Notice, Section as SectionData } from './notice'
import { RichText } from './rich-text'

/** 模型内的位置：从 Notice 根起的属性名与下标，如 ['rectification','items',0,'children',2]。 */
export type Path = (string | number)[]

export type Item = ItemData
export type Section = SectionData

export interface ItemEntry {
  item: Item
  path: Path
  /** 在本部分内的深度，顶层为 0。 */
  depth: number
}

export const SECTION_KEYS = ['organization', 'rectification', 'nextSteps'] as const
export type SectionKey = (typeof SECTION_KEYS)[number]

export const Item = {
  create(role: ItemRole, title = '', fields: Partial<Omit<Item, 'id' | 'role'>> = {}): Item {
    return {
      id: newId(),
      role,
      title,
      runIn: fields.runIn ?? role === 'measure',
      status: fields.status ?? null,
      deadline: fields.deadline ?? null,
      responsible: fields.responsible ?? null,
      body: fields.body ?? [],
      children: fields.children ?? [],
      ...(fields.unnumbered ? { unnumbered: true as const } : {}),
      ...(fields.reference ? { reference: fields.reference } : {}),
      ...(fields.statusPending ? { statusPending: true as const } : {}),
      ...(fields.leader ? { leader: fields.leader } : {}),
    }
  },
  /** 深度优先遍历（先序）。 */
  *walk(items: Item[], base: Path, depth = 0): Generator<ItemEntry> {
    for (let i = 0; i < items.length; i++) {
      const item = items[i]!
      const path = [...base, i]
      yield { item, path, depth }
      yield* Item.walk(item.children, [...path, 'children'], depth + 1)
    }
  },
  /** 通报中全部条目（三个部分依次）。 */
  *all(notice: Notice): Generator<ItemEntry & { section: SectionKey }> {
    for (const section of SECTION_KEYS) {
      for (const e of Item.walk(notice[section].items, [section, 'items'])) yield { ...e, section }
    }
  },
  text(item: Item): string {
    return [item.title, ...RichText.texts(item.body)].join('\n')
  },
  /**
   * 条目连同下级的个数。memo 按数组对象缓存，只给不可变地修改的通报用（编辑器的 store）：没动的子树原样共享，
   * 状态栏每次同步只重数改动处到根的一条路径。
   */
  total(items: Item[], memo?: WeakMap<Item[], number>): number {
    let n = memo?.get(items)
    if (n === undefined) {
      n = items.length
      for (const item of items) if (item.children.length) n += Item.total(item.children, memo)
      memo?.set(items, n)
    }
    return n
  },
  count(items: Item[], pred: (i: Item) => boolean = () => true): number {
    let n = 0
    for (const { item } of Item.walk(items, [])) if (pred(item)) n++
    return n
  },
}

export const Section = {
  empty(heading: string | null = null): Section {
    return { heading, paragraphs: [], items: [] }
  },
  isEmpty(s: Section): boolean {
    return RichText.isEmpty(s.paragraphs) && s.items.length === 0
  },
}

/** 按路径取值；路径无效时返回 undefined。 */
export function getAtPath(root: unknown, path: Path): unknown {
  let cur: unknown = root
  for (const key of path) {
    if (cur === null || typeof cur !== 'object') return undefined
    cur = (cur as Record<string | number, unknown>)[key]
  }
  return cur
}

/** JSON Pointer（RFC 6901）形式，供命令行输出与编辑器跳转。 */
export function pathToPointer(path: Path): string {
  return path.map((k) => '/' + String(k).replace(/~/g, '~0').replace(/\//g, '~1')).join('')
}
