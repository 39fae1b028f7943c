/** 信息面板中“当前条目”一栏：光标所在条目的整改时限和责任单位（模型有这两项，纸面上不显示）。 */
import { useReducer, useSyncExternalStore } from 'react'
import { Node, Transforms } from 'slate'
import type { CurrentItemStore } from '../app/current-item'
import type { ItemElement, NoticeEditor, NoticeElement } from '../editor/custom-types'
import { ROLE_LABEL } from '../editor/elements'
import { itemLabel } from '../../core/document/item-label'
import { DateInput } from './date-input'


function find(editor: NoticeEditor, id: string): { index: number; element: ItemElement } | null {
  const index = (editor.children as NoticeElement[]).findIndex((el) => el.type === 'item' && el.id === id)
  const element = editor.children[index]
  return element?.type === 'item' ? { index, element } : null
}

/** 条目标题行之后的第一段正文（无标题的条目用它作名称）。 */
function bodyText(editor: NoticeEditor, index: number): string {
  const next = editor.children[index + 1]
  return next?.type === 'item-body' ? Node.string(next) : ''
}

/** 字段写进编辑器里的条目元素（编辑器是各部分的真实来源），作为一次可撤销的修改。 */
export function ItemFields({ store }: { store: CurrentItemStore }) {
  const current = useSyncExternalStore(store.subscribe, store.get)
  // 写入后编辑器要等防抖同步才通知上层；这里自己重绘，输入框立即显示新值。
  const [, redraw] = useReducer((x: number) => x + 1, 0)
  const found = current ? find(current.editor, current.id) : null
  if (!current || !found) {
    return (
      <fieldset>
        <legend>当前条目</legend>
        <p className="field-hint">把光标放在正文中的某个条目上，可在此填写它的整改时限和责任单位。</p>
      </fieldset>
    )
  }
  const { index, element } = found
  const set = (props: Partial<ItemElement>) => {
    Transforms.setNodes<ItemElement>(current.editor, props, { at: [index] })
    redraw()
  }
  const title = Node.string(element)
  const marker = current.editor.markers.get(element.id)
  return (
    <fieldset>
      <legend>当前条目</legend>
      <p className="current-item" title={title}>
        <span className="muted">{ROLE_LABEL[element.role]}</span> {marker}
        {itemLabel(title, bodyText(current.editor, index), 24)}
      </p>
      <div className="field">
        <label htmlFor="item-deadline">整改时限</label>
        <DateInput id="item-deadline" value={element.deadline ?? null} onChange={(v) => set({ deadline: v })} />
      </div>
      <div className="field">
        <label htmlFor="item-responsible">责任单位</label>
        <input id="item-responsible" type="text" value={element.responsible ?? ''} placeholder="县委办、县发改局（可不填）" onChange={(e) => set({ responsible: e.target.value || null })} />
      </div>
    </fieldset>
  )
}
