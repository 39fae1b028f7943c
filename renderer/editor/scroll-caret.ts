/**
 * 按键之后把光标滚进视野。slate-react 默认的做法（scroll-into-view-if-needed）每次从光标往上逐层取样式、量尺寸，
 * 纸面的层次深，最大样例上每键约 0.4 ms；而打字时光标几乎总在可视区里。先量一次光标、一次纸面所在的滚动区，
 * 光标整个在里面就不必再做什么；不在、量不出（Chrome 里空行的折叠范围没有尺寸）或选中了一段时，仍交给默认做法。
 */
import { Range } from 'slate'
import { defaultScrollSelectionIntoView, type ReactEditor } from 'slate-react'

export function scrollCaretIntoView(editor: ReactEditor, domRange: globalThis.Range): void {
  // 纸面所在的滚动区（document-screen.tsx 的 .desk）带 data-caret-view
  const view = domRange.startContainer.parentElement?.closest('[data-caret-view]')
  if (view && editor.selection && Range.isCollapsed(editor.selection)) {
    const caret = domRange.getBoundingClientRect()
    const box = view.getBoundingClientRect()
    const measured = caret.width > 0 || caret.height > 0
    // clientHeight/clientWidth 不含滚动条：光标在滚动条后面也算看不见
    const inside =
      caret.top >= box.top &&
      caret.bottom <= box.top + view.clientTop + view.clientHeight &&
      caret.left >= box.left &&
      caret.right <= box.left + view.clientLeft + view.clientWidth
    if (measured && inside) return
  }
  defaultScrollSelectionIntoView(editor, domRange)
}
