/** Slate 的 CustomTypes：编辑器里的元素由 core 的模型类型构成（见 notice-value.ts 的映射）。 */
import type { BaseEditor } from 'slate'
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

/**
 * 条目（方面/问题/措施）的标题行；层级 depth 从 0 起，正文与下级条目作为后续的平级元素。
 * 字段由 core 的 Item 推导：模型加了字段（如格式版本 2 的 statusPending、leader），编辑器元素随之带上。
 */
export type ItemElement = Omit<Item, 'title' | 'body' | 'children'> & {
  type: 'item'
  depth: number
  /** 标题文字 */
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
export type NoticeEditor = BaseEditor &
  ReactEditor & {
    sectionKey: SectionKey
    children: NoticeElement[]
    markers: MarkerStore
    activeItem: ActiveItem
    /** 撤销、重做整份文档的上一个动作（由 renderer/document/store.ts 接上；slate-react 的 Ctrl+Z 调用它们） */
    undo(): void
    redo(): void
  }

declare module 'slate' {
  interface CustomTypes {
    Editor: NoticeEditor
    Element: NoticeElement
    Text: PlainText
  }
}
