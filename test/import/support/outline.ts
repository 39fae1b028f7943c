// 通报模型的“提纲”：条目只留标题、角色、run-in、无编号标记、正文文字和下级，便于与手写的期望 JSON 对照。
import type { Item, Section } from '../../../core/model/notice'
import { RichText } from '../../../core/model/rich-text'

export interface ItemOutline {
  title: string
  role: string
  runIn: boolean
  unnumbered?: true
  body?: string[]
  children?: ItemOutline[]
}

export function itemOutline(item: Item): ItemOutline {
  return {
    title: item.title,
    role: item.role,
    runIn: item.runIn,
    ...(item.unnumbered ? { unnumbered: true as const } : {}),
    ...(item.body.length ? { body: RichText.texts(item.body) } : {}),
    ...(item.children.length ? { children: item.children.map(itemOutline) } : {}),
  }
}

export function sectionOutline(s: Section): { heading: string | null; paragraphs?: string[]; items?: ItemOutline[] } {
  return {
    heading: s.heading,
    ...(s.paragraphs.length ? { paragraphs: RichText.texts(s.paragraphs) } : {}),
    ...(s.items.length ? { items: s.items.map(itemOutline) } : {}),
  }
}
