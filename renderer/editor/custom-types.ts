/** Slate 的 CustomTypes：编辑器里的元素由 core 的模型类型构成（见 notice-value.ts 的映射）。 */
import type { BaseEditor } from 'slate'
import type { HistoryEditor } from 'slate-history'
import type { ReactEditor } from 'slate-react'
import type { Item, SectionKey, TextRun } from '../../core/model'
import type { ActiveItem } from './active-item'
import type { MarkerStore } from './marker-store'

/** 部分标题（“一、整改工作组织情况”）；文字为空表示该部分无标题。每个部分编辑器的第一个元素。 */
export interface SectionHeadingElement {
  type: 'section-heading'
  children: PlainText[]
}

/** 部分的正文段落（位于条目之前）。 */
export interface SectionParagraphElement {
  type: 'paragraph'
  children: TextRun[]
}

/** 条目（方面/问题/措施）的标题行；层级 depth 从 0 起，正文与下级条目作为后续的平级元素。 */
export interface ItemElement {
  type: 'item'
  id: string
  role: Item['role']
  depth: number
  runIn: boolean
  unnumbered?: true
  status: Item['status']
  deadline: string | null
  responsible: string | null
  /** 责任领导（台账导入时填上）：纸面上不显示，随条目保存与导出台账。 */
  leader?: string
  reference?: Item['reference']
  /** 续报沿用、尚未确认的状态 */
  statusPending?: true
  /** 责任领导（台账的一列）：编辑器不显示，但往返不能丢。 */
  children: PlainText[]
}

/** 条目的正文段落，属于它前面最近的条目。 */
export interface ItemBodyElement {
  type: 'item-body'
  children: TextRun[]
}

export interface PlainText {
  text: string
  bold?: true
  italic?: true
}

export type NoticeElement = SectionHeadingElement | SectionParagraphElement | ItemElement | ItemBodyElement
export type SectionValue = NoticeElement[]
/** 部分编辑器：顶层子元素总是通报元素（不直接放文字）。 */
export type NoticeEditor = BaseEditor & ReactEditor & HistoryEditor & { sectionKey: SectionKey; children: NoticeElement[]; markers: MarkerStore; activeItem: ActiveItem }

declare module 'slate' {
  interface CustomTypes {
    Editor: NoticeEditor
    Element: NoticeElement
    Text: PlainText
  }
}
