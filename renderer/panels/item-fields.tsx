/** 信息面板中“当前条目”一栏：光标所在条目的整改时限和责任单位（模型有这两项，纸面上不显示）。 */
import { useSyncExternalStore } from 'react'
import { Node } from 'slate'
import { useDocumentStore, useNotice } from '../document/use-document'
import type { ItemElement, NoticeElement } from '../editor/custom-types'
import { ROLE_LABEL } from '../editor/elements'
import { itemLabel } from '../../core/document/item-label'
import { DateInput } from './date-input'

/** 条目标题行之后的第一段正文（无标题的条目用它作名称）。 */
function bodyText(children: readonly NoticeElement[], id: string): string {
  const index = children.findIndex((el) => el.type === 'item' && el.id === id)
  const next = children[index + 1]
  return next?.type === 'item-body' ? Node.string(next) : ''
}

/** 字段经 store 写进编辑器里的条目元素（编辑器是各部分的真实来源），作为一步可撤销的修改。 */
export function ItemFields() {
  const store = useDocumentStore()
  const current = useSyncExternalStore(store.currentItem.subscribe, store.currentItem.get)
  // store 写入后立即同步通报：订阅通报，输入框随之显示新值。
  useNotice()
  const element = current
    ? (current.editor.children as NoticeElement[]).find((el): el is ItemElement => el.type === 'item' && el.id === current.id)
    : undefined
  if (!current || !element) {
    return (
      <fieldset>
        <legend>当前条目</legend>
        <p className="field-hint">把光标放在正文中的某个条目上，可在此填写它的整改时限和责任单位。</p>
      </fieldset>
    )
  }
  const set = (props: Partial<ItemElement>) => store.setItem(current.editor.sectionKey, element.id, props)
  const title = Node.string(element)
  const marker = current.editor.markers.get(element.id)
  return (
    <fieldset>
      <legend>当前条目</legend>
      <p className="current-item" title={title}>
        <span className="muted">{ROLE_LABEL[element.role]}</span> {marker}
        {itemLabel(title, bodyText(current.editor.children as NoticeElement[], element.id), 24)}
      </p>
      <div className="field">
        <label htmlFor="item-deadline">整改时限</label>
        <DateInput id="item-deadline" value={element.deadline ?? null} onChange={(v) => set({ deadline: v })} />
      </div>
      <div className="field">
        <label htmlFor="item-responsible">责任单位</label>
        <input
          id="item-responsible"
          type="text"
          value={element.responsible ?? ''}
          placeholder="县委办、县发改局（可不填）"
          onChange={(e) => set({ responsible: e.target.value || null })}
        />
      </div>
    </fieldset>
  )
}
