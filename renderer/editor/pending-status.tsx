/** 续报沿用、尚未确认的整改状态：条目上的“待确认”标记和“确认”按钮（改选状态同样算确认）。 */
import { useSlateStatic } from 'slate-react'
import { useDocumentStore } from '../document/use-document'
import type { ItemElement, NoticeEditor } from './custom-types'

export function PendingStatus({ element, withButton }: { element: ItemElement; withButton: boolean }) {
  const editor = useSlateStatic() as NoticeEditor
  const store = useDocumentStore()
  if (!element.statusPending) return null
  return (
    <span contentEditable={false} className="pending-status">
      <span className="pending-badge" title="状态沿用自上一份通报，确认或改选之前不计入进度">
        待确认
      </span>
      {withButton && (
        <button type="button" onClick={() => store.setItem(editor.sectionKey, element.id, { statusPending: undefined })}>
          确认{element.status ? `“${element.status}”` : '未填状态'}
        </button>
      )}
    </span>
  )
}
