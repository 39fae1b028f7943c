// slate-react 0.146 的分块渲染每次重绘编辑区的子节点，都把分块树与子节点数组从头到尾对一遍（reconcileChildren）。
// 对上的每个子节点它都新建一个单元素数组再弹出（ChildrenHelper.read(1)），还为整个子节点数组预建一个同样长的键缓存数组。
// 五十万字的通报顶层约一万两千块：每次按键约 47 万字节，占打字时分配的四成，都留给新生代回收；
// 那些回收是 50 万字时打字最长的任务（issue #15 的剖析，CDP 堆采样）。
// 这里换两处，结果完全相同：对上时（lookAhead 为 0，最常见）直接取那一个子节点，不经数组；键缓存按需写入（稀疏数组读不到的就是 undefined，与预建的一样）。
// 找不到原文（升级了 slate-react）就让构建失败，由人确认新版本是否还需要、是否仍然等价。
import { replaceOnce, vitePatch } from './replace-once.mjs'

/** slate-react 的 ES 模块入口：界面的打包器从这里读它。 */
export const SLATE_REACT_ENTRY = /[\\/]node_modules[\\/]slate-react[\\/]dist[\\/]index\.es\.js$/

const READ_SLOW = `    const insertedChildren = childrenHelper.read(lookAhead + 1);
    const matchingChild = insertedChildren.pop();`
const READ_FAST = `    const insertedChildren = lookAhead === 0 ? NO_INSERTED_CHILDREN : childrenHelper.read(lookAhead + 1);
    const matchingChild = lookAhead === 0 ? childrenHelper.children[childrenHelper.pointerIndex++] : insertedChildren.pop();`

const KEYS_SLOW = `    this.cachedKeys = new Array(children.length);`
const KEYS_FAST = `    this.cachedKeys = [];`

const DECLARE_SLOW = `const reconcileChildren = (editor, {`
const DECLARE_FAST = `const NO_INSERTED_CHILDREN = Object.freeze([]);
const reconcileChildren = (editor, {`

const MESSAGE =
  'slate-react 的分块对齐（reconcileChildren、ChildrenHelper）与预期不同（升级了 slate-react？）：请检查 scripts/slate-chunk-reconcile.mjs 是否仍然需要、仍然等价'

/** slate-react 入口的源码 → 分块对齐时不再为每个子节点新建数组。 */
export function patchSlateChunkReconcile(code) {
  let out = replaceOnce(code, READ_SLOW, READ_FAST, MESSAGE)
  out = replaceOnce(out, KEYS_SLOW, KEYS_FAST, MESSAGE)
  return replaceOnce(out, DECLARE_SLOW, DECLARE_FAST, MESSAGE)
}

/** Vite 插件（浏览器宿主与 Electron 的渲染进程）。 */
export const slateChunkReconcileVite = vitePatch('slate-chunk-reconcile', SLATE_REACT_ENTRY, patchSlateChunkReconcile)
