/** 模型的一个部分 ↔ 编辑器的扁平元素序列。两者互为逆映射（见 test/renderer/notice-value.test.ts）。 */
import { isHeaded } from '../../core/document/numbering'
import type { Item, Paragraph, Section, TextRun } from '../../core/model'
import type { ItemElement, NoticeElement, PlainText, SectionValue } from './custom-types'

/**
 * 部分在编辑器中是一条扁平的块序列：部分标题、部分正文段落、再依次是条目标题行和各自的正文。
 * 扁平而非嵌套，是为了让回车、删除、粘贴按普通文字处理的习惯工作，
 * 而层级由 depth 表示：Tab/Shift+Tab 只改一个数字，编号随位置推导（core/document/numbering.ts）。
 */
export function sectionToValue(section: Section): SectionValue {
  const out: NoticeElement[] = [{ type: 'section-heading', children: [{ text: section.heading ?? '' }] }]
  for (const p of section.paragraphs) out.push({ type: 'paragraph', children: runs(p) })
  const walk = (items: Item[], depth: number) => {
    for (const item of items) {
      out.push(itemElement(item, depth))
      for (const p of item.body) out.push({ type: 'item-body', children: runs(p) })
      walk(item.children, depth + 1)
    }
  }
  walk(section.items, 0)
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
        if (owner) owner.body.push(paragraphOf(el.children))
        else section.paragraphs.push(paragraphOf(el.children))
        break
      }
      case 'item': {
        const { type: _type, depth: _depth, children, ...fields } = el
        // Slate 的 setNodes 把 null 值当作“删除属性”，所以这里的缺省一律回到 null；值为 undefined 的可选字段不写。
        const item = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)) as Omit<
          Item,
          'title' | 'body' | 'children'
        >
        Object.assign(item, {
          runIn: el.runIn ?? false,
          status: el.status ?? null,
          deadline: el.deadline ?? null,
          responsible: el.responsible ?? null,
        })
        const full: Item = { ...item, title: plain(children), body: [], children: [] }
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
