// slate-react 的每个 Editable 用 lodash 的 throttle(…, 100) 与 debounce(…, 0) 处理 selectionchange，每次 beforeinput 都 flush 它们。
// lodash 的 flush 立即调用尾沿并把 timerId 置空，却不清掉已经排着的那个定时器：它到点时见离上次调用不到 100 ms，
// 就再排一个（timerExpired），下一次按键的 flush 又留下一个。打字时这样的链式定时器每键十几个任务
// （最大样例每键 13–14 个定时器任务、约 0.7–1.0 ms 主线程，issue #15 的剖析）。
// 这里让 flush 先清掉它：flush 之后没有挂着的定时器，之后的调用照常排新的（throttle 的首沿、尾沿，debounce 的尾沿都不变）；
// 原来被留下的定时器到点后最多再调用一次尾沿，早于或晚于新排的那个，二者都在“每 100 ms 至多一次”之内。
// 找不到原文（升级了 lodash）就让构建失败，由人确认新版本是否还需要、是否仍然等价。
import { replaceOnce, vitePatch } from './replace-once.mjs'

/** lodash 的 debounce 模块（throttle 也由它实现）：界面的打包器从这里读它。 */
export const LODASH_DEBOUNCE = /[\\/]node_modules[\\/]lodash[\\/]debounce\.js$/

const SLOW = `  function flush() {
    return timerId === undefined ? result : trailingEdge(now());
  }`

const FAST = `  function flush() {
    if (timerId === undefined) return result;
    clearTimeout(timerId);
    return trailingEdge(now());
  }`

const MESSAGE = 'lodash 的 debounce 的 flush 与预期不同（升级了 lodash？）：请检查 scripts/lodash-debounce-flush.mjs 是否仍然需要、仍然等价'

/** lodash/debounce.js 的源码 → flush 时清掉排着的定时器。 */
export function patchLodashDebounceFlush(code) {
  return replaceOnce(code, SLOW, FAST, MESSAGE)
}

/** Vite 插件（浏览器宿主与 Electron 的渲染进程）。 */
export const lodashDebounceFlushVite = vitePatch('lodash-debounce-flush', LODASH_DEBOUNCE, patchLodashDebounceFlush)
