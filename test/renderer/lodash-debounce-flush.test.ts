// 打包界面时给 lodash 的 debounce 的 flush 加的一处替换（scripts/lodash-debounce-flush.mjs）：所用版本里恰好一处；
// 换前换后按 slate-react 的用法（throttle 100 ms、debounce 0、每次按键 flush）跑同一串调用，比较排了多少定时器、调用是否都落了地。
// 浏览器里每键的定时器数由 test/e2e/selection-listener.test.ts 检查。
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { LODASH_DEBOUNCE, patchLodashDebounceFlush } from '../../scripts/lodash-debounce-flush.mjs'

const require = createRequire(import.meta.url)
const path = require.resolve('lodash/debounce')
const source = readFileSync(path, 'utf8')

interface Debounced<A extends unknown[]> {
  (...args: A): void
  flush(): void
  cancel(): void
}
type Debounce = <A extends unknown[]>(fn: (...args: A) => void, wait: number, options?: object) => Debounced<A>

/** 按给定源码载入 lodash 的 debounce（CommonJS；它对 ./isObject 等的 require 照常从 lodash 的目录解析）。 */
function load(code: string): Debounce {
  const module = { exports: {} as unknown }
  new Function('module', 'exports', 'require', code)(module, module.exports, createRequire(path))
  return module.exports as Debounce
}

/** lodash 的 throttle 本身就是这样调用 debounce 的（lodash/throttle.js） */
const throttleOf = (debounce: Debounce) => (fn: (n: number) => void, wait: number) =>
  debounce(fn, wait, { leading: true, maxWait: wait, trailing: true })

/**
 * 模拟 slate-react 的 Editable 打字：每 gap ms 一键；beforeinput 时先 flush 两者（flushDOMSelectionChange），
 * 随后的 selectionchange 排一次 debounce(…, 0)。返回排过的定时器数与每次落地调用带的序号和时刻。
 */
function typeKeys(debounce: Debounce, keys: number, gap: number) {
  const calls: { n: number; at: number }[] = []
  const throttled = throttleOf(debounce)((n) => calls.push({ n, at: Date.now() }), 100)
  const scheduled = debounce((n: number) => throttled(n), 0)
  const timers = vi.spyOn(globalThis, 'setTimeout')
  const start = Date.now()
  for (let k = 0; k < keys; k++) {
    scheduled.flush()
    throttled(k)
    throttled.flush()
    scheduled(k)
    vi.advanceTimersByTime(gap)
  }
  vi.advanceTimersByTime(500)
  const count = timers.mock.calls.length
  timers.mockRestore()
  return { timers: count, calls: calls.map((c) => ({ n: c.n, at: c.at - start })) }
}

describe('lodash debounce 的 flush', () => {
  beforeEach(() => void vi.useFakeTimers())
  afterEach(() => void vi.useRealTimers())

  it('在所用版本里恰好找到一处并换掉；源码不同（升级了 lodash）时构建失败而不是悄悄不换', () => {
    expect(LODASH_DEBOUNCE.test(path)).toBe(true)
    const patched = patchLodashDebounceFlush(source)
    expect(patched).not.toBe(source)
    expect(() => patchLodashDebounceFlush('module.exports = 1')).toThrow(/lodash/)
    expect(() => patchLodashDebounceFlush(patched)).toThrow(/lodash/)
  })

  it('flush 之后不再有挂着的定时器（原来留下一个）', () => {
    for (const [code, left] of [
      [source, 1],
      [patchLodashDebounceFlush(source), 0],
    ] as const) {
      const fn = vi.fn()
      const throttled = throttleOf(load(code))(fn, 100)
      throttled(1) // 首沿：立即调用
      vi.advanceTimersByTime(30)
      throttled(2)
      throttled.flush() // 尾沿：立即以 2 调用
      expect(fn.mock.calls).toEqual([[1], [2]])
      expect(vi.getTimerCount()).toBe(left)
      vi.clearAllTimers()
    }
  })

  it('按 slate-react 的用法打字：定时器从每键十来个降到每键两个，落地的调用与原来一样多，最后一次照样落地', () => {
    const before = typeKeys(load(source), 60, 33)
    const after = typeKeys(load(patchLodashDebounceFlush(source)), 60, 33)
    // 原来每键十来个（flush 留下的定时器到点又重排，一条条链），与浏览器里数到的相近；换后每键两个（debounce 一个、throttle 的尾沿一个）
    expect(before.timers).toBeGreaterThan(60 * 8)
    expect(after.timers).toBeLessThanOrEqual(60 * 2 + 2)
    expect(after.calls.length).toBe(before.calls.length)
    for (const run of [before, after]) {
      // 每个序号都落了地（flush 时当场调用），最后一个也在
      expect(new Set(run.calls.map((c) => c.n))).toEqual(new Set(Array.from({ length: 60 }, (_, k) => k)))
      expect(run.calls.at(-1)!.n).toBe(59)
    }
  })
})
