// slate-react 0.146 的 useDecorationsByChild 每次重绘一个节点的子节点，都先为每个子节点拆一份装饰
// （slate-dom 的 splitDecorationsByChild，见 scripts/slate-decorations.mjs），再逐个与上一次的比较。
// Tongbao 不用 decorate：装饰总是空的，比较的结果也总是“没变”，只有新添的下标算变了。
// 五十万字的通报顶层约一万两千块，每次按键白走一万两千次比较、建一个同样长的数组（约 96 KB），
// 那个循环还让 V8 每次按键都为它退优化一次再栈上替换（--trace-deopt：200 键 128 次 “prepare for OSR”）。
// 这里加一条捷径：这一次与上一次都没有装饰时，只调整长度、为新添的下标补空数组并报告它们，与逐个比较的结果相同；
// 有装饰时照旧。找不到原文（升级了 slate-react）就让构建失败，由人确认新版本是否还需要、是否仍然等价。
import { replaceOnce, vitePatch } from './replace-once.mjs'
import { SLATE_REACT_ENTRY } from './slate-chunk-reconcile.mjs'

const SLOW = `const useDecorationsByChild = (editor, node, decorations) => {
  const decorationsByChild = splitDecorationsByChild(editor, node, decorations);
  // The value we return is a mutable array of \`DecoratedRange[]\` arrays. This
  // lets us avoid passing an immutable array of decorations for each child into
  // \`ChunkTree\` using props. Each \`DecoratedRange[]\` is only updated if the
  // decorations at that index have changed, which speeds up the equality check
  // for the \`decorations\` prop in the memoized \`Element\` and \`Text\` components.
  const mutableDecorationsByChild = useRef(decorationsByChild).current;`

const FAST = `const NO_CHILD_DECORATIONS = Object.freeze([]);
const useDecorationsByChild = (editor, node, decorations) => {
  // 只用一个 hook（与原来一样）：上一次的结果与“其中是否全是空数组”。
  const state = useRef(null);
  if (decorations.length === 0 && state.current !== null && state.current.allEmpty) {
    const list = state.current.list;
    const from = list.length;
    list.length = node.children.length;
    const added = [];
    for (let i = from; i < list.length; i++) {
      list[i] = NO_CHILD_DECORATIONS;
      added.push(i);
    }
    return {
      decorationsByChild: list,
      childrenToRedecorate: added
    };
  }
  const decorationsByChild = splitDecorationsByChild(editor, node, decorations);
  if (state.current === null) state.current = {
    list: decorationsByChild,
    allEmpty: false
  };
  // 下面的循环之后，没有装饰时每一项要么是新的空数组，要么是与空数组相等（也就是空）的旧项。
  state.current.allEmpty = decorations.length === 0;
  const mutableDecorationsByChild = state.current.list;`

const MESSAGE =
  'slate-react 的 useDecorationsByChild 与预期不同（升级了 slate-react？）：请检查 scripts/slate-decorations-by-child.mjs 是否仍然需要、仍然等价'

/** slate-react 入口的源码 → 没有装饰时不再逐个子节点拆分、比较装饰。 */
export function patchSlateDecorationsByChild(code) {
  return replaceOnce(code, SLOW, FAST, MESSAGE)
}

/** Vite 插件（浏览器宿主与 Electron 的渲染进程）。 */
export const slateDecorationsByChildVite = vitePatch('slate-decorations-by-child', SLATE_REACT_ENTRY, patchSlateDecorationsByChild)
