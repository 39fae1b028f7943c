/**
 * 条目旁的“上一轮”：上一份通报中同一条目的标题、状态和全文。默认收起（几十个条目都展开会淹没本次的文字），
 * 点一下，或光标在条目中按 Alt+↓，展开或收起。参照全空时不显示任何标签。
 */
import { useCallback, useSyncExternalStore } from 'react'
import type { ItemReference } from '../../core/model'
import { RichText } from '../../core/model/rich-text'
import type { NoticeEditor, NoticeElement } from './custom-types'
import { KeyedListeners } from './keyed-listeners'
import type { KeyLike } from './keys'

/** 展开了的条目（按条目标识；标识全局唯一，各部分编辑器共用一份）。 */
const opened = new Set<string>()
const listeners = new KeyedListeners()

export function togglePreviousRound(id: string): void {
  if (!opened.delete(id)) opened.add(id)
  listeners.notify(id)
}

const isEmpty = (r: ItemReference) => r.title.trim() === '' && r.status === null && RichText.isEmpty(r.body)

/** Alt+↓：展开或收起光标所在条目的上一轮表述；返回 true 表示已处理。 */
export function handlePreviousRoundKey(editor: NoticeEditor, e: KeyLike): boolean {
  if (e.key !== 'ArrowDown' || !e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return false
  const id = editor.activeItem.current
  const el = id ? (editor.children as NoticeElement[]).find((c) => c.type === 'item' && c.id === id) : undefined
  if (!id || el?.type !== 'item' || !el.reference || isEmpty(el.reference)) return false
  togglePreviousRound(id)
  return true
}

export function PreviousRound({ id, reference }: { id: string; reference: ItemReference }) {
  const open = useSyncExternalStore(
    useCallback((cb: () => void) => listeners.subscribe(id, cb), [id]),
    () => opened.has(id),
  )
  if (isEmpty(reference)) return null
  const paragraphs = RichText.texts(reference.body).filter((t) => t.trim() !== '')
  return (
    <span contentEditable={false} className="previous-round">
      <button
        type="button"
        className="previous-round-toggle"
        aria-expanded={open}
        title="上一份通报中这一条的表述（Alt+↓ 展开或收起）"
        onClick={() => togglePreviousRound(id)}
      >
        {open ? '▾' : '▸'} 上一轮{reference.status ? `（${reference.status}）` : ''}
      </button>
      {open && (
        <span className="previous-round-text" role="note" aria-label="上一轮的表述">
          {reference.title.trim() !== '' && <span className="previous-round-title">{reference.title}</span>}
          {reference.status && <span className="previous-round-status">状态：{reference.status}</span>}
          {paragraphs.map((t, i) => (
            <span key={i} className="previous-round-para">
              {t}
            </span>
          ))}
        </span>
      )}
    </span>
  )
}
