/** 续报沿用、尚未确认的整改状态：条目上的“待确认”标记和“确认”按钮（改选状态同样算确认）。 */
import { Transforms } from 'slate'
import { ReactEditor, useSlateStatic } from 'slate-react'
import type { ItemElement, NoticeEditor } from './custom-types'

/** 确认：去掉待确认标记，状态保持不变。 */
export function confirmStatus(editor: NoticeEditor, at: number): void {
  Transforms.unsetNodes(editor, 'statusPending', { at: [at] })
}

export function PendingStatus({ element, withButton }: { element: ItemElement; withButton: boolean }) {
  const editor = useSlateStatic() as NoticeEditor
  if (!element.statusPending) return null
  return (
    <span contentEditable={false} className="pending-status">
      <span className="pending-badge" title="状态沿用自上一份通报，确认或改选之前不计入进度">
        待确认
      </span>
      {withButton && (
        <button type="button" onClick={() => confirmStatus(editor, ReactEditor.findPath(editor, element)[0]!)}>
          确认{element.status ? `“${element.status}”` : '未填状态'}
        </button>
      )}
    </span>
  )
}
