/** 模型的一个部分 ↔ 编辑器的扁平元素序列。两者互为逆映射（见 test/renderer/notice-value.test.ts）。 */
import { isHeaded } from '../../core/document/numbering'
import type { Item, Paragraph, Section, TextRun } from '../../core/model'
import type { ItemElement, NoticeElement, PlainText, SectionValue } from './custom-types'

/**
 * 元素 → 它得出的段落、条目字段。Slate 修改时没动的元素仍是同一个对象，下次同步直接取；
 * 段落在同步后换成与通报共享的对象（rememberShared），结构共享（share-section.ts）因而按对象同一立即判定“没变”，
 * 五十万字的通报同步一次不再逐段重建、逐字比较。
 */
const paragraphOfElement = new WeakMap<NoticeElement, Paragraph>()
const fieldsOfElement = new WeakMap<ItemElement, Omit<Item, 'body' | 'children'>>()

/**
 * 部分在编辑器中是一条扁平的块序列：部分标题、部分正文段落、再依次是条目标题行和各自的正文。
 * 扁平而非嵌套，是为了让回车、删除、粘贴按普通文字处理的习惯工作，
 * 而层级由 depth 表示：Tab/Shift+Tab 只改一个数字，编号随位置推导（core/document/numbering.ts）。
 */
export function sectionToValue(section: Section): SectionValue {
  const out: NoticeElement[] = [{ type: 'section-heading', children: [{ text: section.heading ?? '' }] }]
  for (const p of section.paragraphs) out.push(paragraphElement('paragraph', p))
  return itemsToElements(section.items, 0, out)
}

/** 段落 → 元素。新建的元素记下它来自的段落：打开后的第一次同步就与通报共享对象，不必逐个重建（五十万字时是一个长任务）。 */
function paragraphElement(type: 'paragraph' | 'item-body', p: Paragraph): NoticeElement {
  const el: NoticeElement = { type, children: runs(p) }
  paragraphOfElement.set(el, p)
  return el
}

/** 条目（连同正文和下级）→ 扁平元素，最上层在 depth 层；追加到 out 后返回它。粘贴的条目也由此放进编辑器。 */
export function itemsToElements(items: readonly Item[], depth: number, out: NoticeElement[] = []): NoticeElement[] {
  for (const item of items) {
    const el = itemElement(item, depth)
    const { body: _body, children: _children, ...fields } = item
    fieldsOfElement.set(el, fields)
    out.push(el)
    for (const p of item.body) out.push(paragraphElement('item-body', p))
    itemsToElements(item.children, depth + 1, out)
  }
  return out
}

/** 条目 → 标题行元素：除标题、正文、下级之外的字段原样带上（模型新增的字段不会在编辑器里丢掉）。 */
export function itemElement(item: Item, depth: number): ItemElement {
  const { title, body: _body, children: _children, ...fields } = item
  return { type: 'item', ...fields, depth, children: [{ text: title }] }
}

function runs(p: Paragraph): PlainText[] {
  return p.children.map((r) => ({ ...r }))
}

function paragraphOf(children: PlainText[]): Paragraph {
  const runs: TextRun[] = children.map((c) => {
    const r: TextRun = { text: c.text }
    if (c.bold) r.bold = true
    if (c.italic) r.italic = true
    return r
  })
  return { type: 'paragraph', children: runs.length ? runs : [{ text: '' }] }
}

const plain = (children: PlainText[]) => children.map((c) => c.text).join('')

/**
 * 扁平序列 → 部分。容错：条目深度跳级时挂到最近的可挂处；首个条目之前的正文段落归部分；
 * 条目之后出现的部分段落当作该条目的正文（编辑器的规范化会先把它们改过来）。
 */
function itemFields(el: ItemElement): Omit<Item, 'body' | 'children'> {
  let fields = fieldsOfElement.get(el)
  if (!fields) {
    const { type: _type, depth: _depth, children, ...rest } = el
    // Slate 的 setNodes 把 null 值当作“删除属性”，所以这里的缺省一律回到 null；值为 undefined 的可选字段不写。
    const item = Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined)) as Omit<Item, 'title' | 'body' | 'children'>
    fields = {
      ...item,
      runIn: el.runIn ?? false,
      status: el.status ?? null,
      deadline: el.deadline ?? null,
      responsible: el.responsible ?? null,
      title: plain(children),
    }
    fieldsOfElement.set(el, fields)
  }
  return fields
}

export function valueToSection(value: SectionValue): Section {
  const section: Section = { heading: null, paragraphs: [], items: [] }
  const stack: Item[] = []
  for (const el of value) {
    switch (el.type) {
      case 'section-heading': {
        const text = plain(el.children)
        section.heading = isHeaded(text) ? text : null
        break
      }
      case 'paragraph':
      case 'item-body': {
        const owner = stack[stack.length - 1]
        const paragraph = paragraphOfElement.get(el) ?? paragraphOf(el.children)
        if (owner) owner.body.push(paragraph)
        else section.paragraphs.push(paragraph)
        break
      }
      case 'item': {
        const full: Item = { ...itemFields(el), body: [], children: [] }
        const depth = Math.max(0, Math.min(el.depth, stack.length))
        stack.length = depth
        const parent = stack[depth - 1]
        if (parent) parent.children.push(full)
        else section.items.push(full)
        stack.push(full)
        break
      }
    }
  }
  return section
}

/** 编辑器元素在部分中的位置：部分段落、条目标题行、条目正文（条目以各层下标表示）。 */
type Location =
  | { kind: 'heading' }
  | { kind: 'paragraph'; index: number }
  | { kind: 'item'; item: number[] }
  | { kind: 'body'; item: number[]; index: number }

/** 同步过的编辑器内容 → 各元素的位置（rememberShared 记下，updateSection 沿用）。 */
const locationsOf = new WeakMap<SectionValue, Location[]>()

/**
 * 同步得出（并与通报共享）的部分与编辑器内容按同一扁平顺序一一对应：记下每个段落元素对应的（共享后的）段落对象，
 * 以及每个元素在部分中的位置。section 须是 valueToSection(value) 经 shareSection 的结果。
 */
export function rememberShared(value: SectionValue, section: Section): void {
  // 先按元素类型核对一一对应（部分标题、段落、条目标题行……），对不上就什么也不记：记错了会把别处的文字当成这一段。
  const pairs: [NoticeElement, Paragraph][] = []
  const locations: Location[] = [{ kind: 'heading' }]
  let k = 0
  const at = (isItem: boolean): NoticeElement | null => {
    const el = value[k++]
    return el && (el.type === 'item') === isItem && el.type !== 'section-heading' ? el : null
  }
  if (value[k++]?.type !== 'section-heading') return
  for (const [index, p] of section.paragraphs.entries()) {
    const el = at(false)
    if (!el) return
    pairs.push([el, p])
    locations.push({ kind: 'paragraph', index })
  }
  const walk = (items: Item[], base: number[]): boolean =>
    items.every((item, i) => {
      const path = [...base, i]
      if (!at(true)) return false
      locations.push({ kind: 'item', item: path })
      for (const [index, p] of item.body.entries()) {
        const el = at(false)
        if (!el) return false
        pairs.push([el, p])
        locations.push({ kind: 'body', item: path, index })
      }
      return walk(item.children, path)
    })
  if (!walk(section.items, []) || k !== value.length) return
  for (const [el, p] of pairs) paragraphOfElement.set(el, p)
  locationsOf.set(value, locations)
}

/** 按各层下标改一个条目（路径上的条目换新对象，其余共享）。 */
function updateItem(items: Item[], path: number[], f: (item: Item) => Item): Item[] {
  const [i, ...rest] = path
  const out = items.slice()
  const item = items[i!]!
  out[i!] = rest.length ? { ...item, children: updateItem(item.children, rest, f) } : f(item)
  return out
}

/** 一次同步里改动的元素超过这么多时不走快路，整部分重新转换。 */
const FAST_LIMIT = 64

/**
 * 打字时的快路：上次同步的内容 prev（得出的是 section）与现在的 value 只有几个元素换了对象、且结构没变
 * （元素个数、类型、条目的层级与标识都相同）时，只把这几处写进 section，其余对象原样共享：五十万字的通报同步一次只花在改动处。
 * 不满足条件时返回 null，由调用方整部分转换。
 */
export function updateSection(prev: SectionValue, section: Section, value: SectionValue): Section | null {
  const locations = locationsOf.get(prev)
  if (!locations || prev.length !== value.length) return null
  const dirty: number[] = []
  for (let i = 0; i < value.length; i++) if (prev[i] !== value[i] && dirty.push(i) > FAST_LIMIT) return null
  let out = section
  const made: [NoticeElement, Paragraph][] = []
  for (const i of dirty) {
    const a = prev[i]!
    const b = value[i]!
    const at = locations[i]!
    if (a.type !== b.type) return null
    if (at.kind === 'heading') {
      const text = plain(b.children)
      out = { ...out, heading: isHeaded(text) ? text : null }
    } else if (at.kind === 'paragraph' || at.kind === 'body') {
      const p = paragraphOf(b.children)
      made.push([b, p])
      if (at.kind === 'paragraph') out = { ...out, paragraphs: out.paragraphs.map((q, j) => (j === at.index ? p : q)) }
      else
        out = {
          ...out,
          items: updateItem(out.items, at.item, (item) => ({ ...item, body: item.body.map((q, j) => (j === at.index ? p : q)) })),
        }
    } else {
      if (a.type !== 'item' || b.type !== 'item' || a.depth !== b.depth || a.id !== b.id) return null
      const fields = itemFields(b)
      out = { ...out, items: updateItem(out.items, at.item, (item) => ({ ...fields, body: item.body, children: item.children })) }
    }
  }
  for (const [el, p] of made) paragraphOfElement.set(el, p)
  locationsOf.set(value, locations)
  return out
}
