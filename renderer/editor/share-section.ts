/**
 * 结构共享：由编辑器内容重建的部分里，内容没变的条目和段落换回上一次的对象。
 * 增量校验器（core/rules/incremental.ts）按对象同一缓存每个条目的结果；同步时整篇重建会让缓存全部失效，
 * 共享之后一次编辑只有改动处及其上层是新对象，校验只重查它们。
 */
import type { Item, Paragraph, Section } from '../../core/model'

function sameParagraph(a: Paragraph, b: Paragraph): boolean {
  if (a.children.length !== b.children.length) return false
  for (let i = 0; i < a.children.length; i++) {
    const x = a.children[i]!
    const y = b.children[i]!
    if (x.text !== y.text || x.bold !== y.bold || x.italic !== y.italic) return false
  }
  return true
}

/** 按位置配对：同位置内容相同的段落用旧对象。全部相同时连数组也用旧的。 */
function shareParagraphs(prev: Paragraph[], next: Paragraph[]): Paragraph[] {
  let all = prev.length === next.length
  const out = next.map((p, i) => {
    const old = prev[i]
    if (old && (old === p || sameParagraph(old, p))) return old
    all = false
    return p
  })
  return all ? prev : out
}

/** 标题与各字段相同（正文、下级另行比较）；逐个键比较，模型新增的字段（statusPending、leader……）也算在内。 */
function sameFields(a: Item, b: Item): boolean {
  const x = a as unknown as Record<string, unknown>
  const y = b as unknown as Record<string, unknown>
  const keys = Object.keys(x)
  if (keys.length !== Object.keys(y).length) return false
  for (const k of keys) {
    if (k === 'body' || k === 'children' || x[k] === y[k]) continue
    // 只有上一轮参照（reference）是对象：按内容比较。
    if (k !== 'reference' || JSON.stringify(x[k]) !== JSON.stringify(y[k])) return false
  }
  return true
}

function sameArray<T>(a: T[], b: T[]): boolean {
  if (a.length !== b.length) return false
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false
  return true
}

function indexById(items: Item[], into: Map<string, Item>): Map<string, Item> {
  for (const item of items) {
    into.set(item.id, item)
    indexById(item.children, into)
  }
  return into
}

/**
 * 先按位置配对（绝大多数同步只改了文字，条目位置不变），位置上的旧条目 id 不同时再按 id 找
 * （条目移动、换层级后仍可共享其下没变的部分）；按 id 的索引用到时才建。
 */
export function shareSection(prev: Section, next: Section): Section {
  if (prev === next) return prev
  let byId: Map<string, Item> | null = null
  const lookup = (id: string) => (byId ??= indexById(prev.items, new Map())).get(id)
  const shareItems = (prevList: Item[], nextList: Item[]): Item[] => {
    const out = nextList.map((item, i) => shareItem(item, prevList[i]))
    return sameArray(prevList, out) ? prevList : out
  }
  const shareItem = (item: Item, atSamePlace: Item | undefined): Item => {
    const old = atSamePlace?.id === item.id ? atSamePlace : lookup(item.id)
    const children = shareItems(old?.children ?? [], item.children)
    const body = shareParagraphs(old?.body ?? [], item.body)
    if (old && sameFields(old, item) && children === old.children && body === old.body) return old
    return { ...item, body, children }
  }
  const paragraphs = shareParagraphs(prev.paragraphs, next.paragraphs)
  const items = shareItems(prev.items, next.items)
  if (prev.heading === next.heading && paragraphs === prev.paragraphs && items === prev.items) return prev
  return { heading: next.heading, paragraphs, items }
}
