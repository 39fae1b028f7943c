// slate-react 0.146 的每个 Editable 都在 document 上听 selectionchange，每次都读一遍 DOM 选区、排一个防抖定时器，
// 定时器到点再走一遍 onDOMSelectionChange。Tongbao 一页有三个部分编辑器：打字时每个 selectionchange 里，
// 光标不在的两个编辑器也各读一遍选区、各排一个定时器，而它们到头来什么也不做。
// 这里加一条捷径：选区的两端都不在本编辑器里、焦点也不在（IS_FOCUSED 没记着、活动元素不在其中）、又不是只读时，
// 直接返回，不再排定时器。此时原来的 onDOMSelectionChange 也什么都不改：
// 选择只在锚点可编辑且焦点端在本编辑器里时发生；取消选择只在只读时；IS_FOCUSED 本就没有，无需删除；
// latestElement 只在活动元素就是本编辑器时才记。其余情况照旧。
// 找不到原文（升级了 slate-react）就让构建失败，由人确认新版本是否还需要、是否仍然等价。
import { replaceOnce, vitePatch } from './replace-once.mjs'
import { SLATE_REACT_ENTRY } from './slate-chunk-reconcile.mjs'

const SLOW = `      if (targetTagName === 'INPUT' || targetTagName === 'TEXTAREA') {
        return;
      }
      state.pendingSelection = readUnsyncedSelection();
      scheduleOnDOMSelectionChange();`

const FAST = `      if (targetTagName === 'INPUT' || targetTagName === 'TEXTAREA') {
        return;
      }
      if (!readOnly && !IS_FOCUSED.get(editor)) {
        const root = ReactEditor.findDocumentOrShadowRoot(editor);
        const el = ReactEditor.toDOMNode(editor, editor);
        const domSelection = getSelection(root);
        const touches = node => node != null && el.contains(node);
        if (!touches(root.activeElement) && !(domSelection && (touches(domSelection.anchorNode) || touches(domSelection.focusNode)))) {
          state.pendingSelection = null;
          return;
        }
      }
      state.pendingSelection = readUnsyncedSelection();
      scheduleOnDOMSelectionChange();`

const MESSAGE =
  'slate-react 的 Editable 的 selectionchange 处理与预期不同（升级了 slate-react？）：请检查 scripts/slate-selection-listener.mjs 是否仍然需要、仍然等价'

/** slate-react 入口的源码 → 选区与焦点都不在本编辑器时，selectionchange 不再为它排定时器。 */
export function patchSlateSelectionListener(code) {
  return replaceOnce(code, SLOW, FAST, MESSAGE)
}

/** Vite 插件（浏览器宿主与 Electron 的渲染进程）。 */
export const slateSelectionListenerVite = vitePatch('slate-selection-listener', SLATE_REACT_ENTRY, patchSlateSelectionListener)
