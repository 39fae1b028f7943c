/**
 * 按键之后把光标滚进视野。slate-react 默认的做法（scroll-into-view-if-needed）每次从光标往上逐层取样式、量尺寸，
 * 纸面的层次深，最大样例上每键约 0.4 ms，50 万字时约 6 ms（还要强制排版）。纸面只在一个滚动区里竖着滚：
 * 量一次光标、一次滚动区，光标在里面就不必再做什么，在上面或下面就只滚这个区，滚到光标刚好露出为止（与默认做法一样）。
 * 量不出（Chrome 里空行的折叠范围没有尺寸）、选中了一段或横向出了界时，仍交给默认做法。
 */
import { Range } from 'slate'
import { defaultScrollSelectionIntoView, type ReactEditor } from 'slate-react'

/**
 * 光标超出可视区不到这么多（像素）也算看得见。滚动位置是整像素，行的位置常带小数：滚到贴边后光标仍可能多出零点几像素，
 * 若算作看不见，停在窗口底边打字时每键都要再滚一次、而且滚不动。
 */
const SUBPIXEL = 1

interface Box {
  top: number
  bottom: number
  left: number
  right: number
}

/** 光标（视口坐标）要露出在可视区（同样的坐标，不含滚动条）里，滚动区竖着要滚多少像素（正数往下）；null：横向出界或量不出，交给默认做法。 */
export function caretScrollDelta(caret: Box & { width: number; height: number }, visible: Box): number | null {
  if (caret.width === 0 && caret.height === 0) return null
  if (caret.left < visible.left - SUBPIXEL || caret.right > visible.right + SUBPIXEL) return null
  const below = caret.bottom - visible.bottom
  const above = visible.top - caret.top
  if (below > SUBPIXEL) return Math.ceil(below)
  if (above > SUBPIXEL) return -Math.ceil(above)
  return 0
}

export function scrollCaretIntoView(editor: ReactEditor, domRange: globalThis.Range): void {
  // 纸面所在的滚动区（document-screen.tsx 的 .desk）带 data-caret-view
  const view = domRange.startContainer.parentElement?.closest('[data-caret-view]')
  if (view && editor.selection && Range.isCollapsed(editor.selection)) {
    const box = view.getBoundingClientRect()
    // clientHeight/clientWidth 不含滚动条：光标在滚动条后面也算看不见
    const top = box.top + view.clientTop
    const left = box.left + view.clientLeft
    const delta = caretScrollDelta(domRange.getBoundingClientRect(), {
      top,
      bottom: top + view.clientHeight,
      left,
      right: left + view.clientWidth,
    })
    if (delta !== null) {
      if (delta !== 0) view.scrollTop += delta
      return
    }
  }
  defaultScrollSelectionIntoView(editor, domRange)
}
