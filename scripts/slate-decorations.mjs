// slate-dom 0.14x 的 splitDecorationsByChild 在没有装饰时（Tongbao 不用 decorate）也为每个子节点新建一个空数组：
// 每次按键，光标所在路径上每个重绘的祖先各一遍，根节点有多少块就建多少个。五十万字的通报约一万块，
// 每键约 1.3 ms 连同留给垃圾回收的几十万字节（issue #15 的剖析）。空数组只被读、比较和往下传，
// 换成同一个冻结的空数组完全等价（谁要往里写会抛错而不是悄悄串到别处）。
// 只换这一处：找不到它（升级了 slate-dom）就让构建失败，由人确认新版本是否还需要。
import { replaceOnce, vitePatch } from './replace-once.mjs'

/** slate-dom 的 ES 模块入口：界面的打包器从这里读它。 */
export const SLATE_DOM_ENTRY = /[\\/]node_modules[\\/]slate-dom[\\/]dist[\\/]index\.es\.js$/

const SLOW = `const splitDecorationsByChild = (editor, node, decorations) => {
  const decorationsByChild = Array.from(node.children, () => []);
  if (decorations.length === 0) {
    return decorationsByChild;
  }`
const FAST = `const NO_DECORATIONS = Object.freeze([]);
const splitDecorationsByChild = (editor, node, decorations) => {
  if (decorations.length === 0) {
    return new Array(node.children.length).fill(NO_DECORATIONS);
  }
  const decorationsByChild = Array.from(node.children, () => []);`

/** slate-dom 入口的源码 → 没有装饰时不再逐个新建空数组。 */
export function patchSlateDecorations(code) {
  return replaceOnce(
    code,
    SLOW,
    FAST,
    'slate-dom 的 splitDecorationsByChild 与预期不同（升级了 slate-dom？）：请检查 scripts/slate-decorations.mjs 是否仍然需要、仍然等价',
  )
}

/** Vite 插件（浏览器宿主与 Electron 的渲染进程）。 */
export const slateDecorationsVite = vitePatch('slate-decorations', SLATE_DOM_ENTRY, patchSlateDecorations)
