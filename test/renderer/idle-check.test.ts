// issue #15：检查在空闲时分片进行，同步防抖；有按键排队时二者都让按键先处理（按键不排在它们后面），但不会无限推迟。
import { Editor, Transforms } from 'slate'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { DocumentStore } from '../../renderer/document/store'
import { sampleNotice } from '../support/sample-notice'

interface Deadline {
  didTimeout: boolean
  timeRemaining(): number
}

/**
 * 接管 requestIdleCallback：每次调用由测试决定给回调什么样的空闲期；返回跑了几个空闲回调。
 * 新开的 store 另有一个：把编辑器与通报对上（primeSync），只跑一次。
 */
const PRIME = 1
function idleSlices(deadline: Deadline, inputPending: boolean) {
  const queue: ((d: Deadline) => void)[] = []
  vi.stubGlobal('requestIdleCallback', (cb: (d: Deadline) => void) => queue.push(cb))
  vi.stubGlobal('cancelIdleCallback', () => {})
  vi.stubGlobal('navigator', { scheduling: { isInputPending: () => inputPending } })
  // 时钟不走：一片何时停只由空闲期和排队的按键决定，与这台机器的快慢无关
  vi.spyOn(performance, 'now').mockReturnValue(0)
  return {
    runAll(): number {
      let slices = 0
      while (queue.length) {
        queue.shift()!(deadline)
        slices++
      }
      return slices
    },
  }
}

afterEach(() => {
  vi.useRealTimers()
  vi.unstubAllGlobals()
  vi.restoreAllMocks()
})

const roomy: Deadline = { didTimeout: false, timeRemaining: () => 50 }

describe('空闲时的检查', () => {
  it('空闲期宽裕、没有按键：一片做完，结果与直接检查相同', () => {
    const idle = idleSlices(roomy, false)
    const store = new DocumentStore(sampleNotice())
    expect(store.getShownFindings()).toBeUndefined()
    expect(idle.runAll()).toBe(1 + PRIME)
    expect(store.getShownFindings()).toEqual(store.getFindings())
  })

  it('有按键在排队：每片只算一个条目就让出，分多片做完，结果相同', () => {
    const idle = idleSlices(roomy, true)
    const store = new DocumentStore(sampleNotice())
    const items = store.getNotice().rectification.items.length + store.getNotice().organization.items.length
    const slices = idle.runAll()
    expect(slices - PRIME).toBeGreaterThan(items)
    expect(store.getShownFindings()).toEqual(new DocumentStore(sampleNotice()).getFindings())
  })

  it('一直在打字、空闲等到超时：不理会排队的按键，照常做一片', () => {
    const idle = idleSlices({ didTimeout: true, timeRemaining: () => 0 }, true)
    const store = new DocumentStore(sampleNotice())
    expect(idle.runAll()).toBe(1 + PRIME)
    expect(store.getShownFindings()).toEqual(store.getFindings())
  })
})

describe('防抖的同步', () => {
  const title = (store: DocumentStore) => store.getNotice().rectification.items[0]!.title

  /** 假时钟下打开样例，在逐条整改第一条末尾打“（补）”；inputPending 说有没有按键在排队。返回 store 与打字前的标题 */
  function typeWhile(inputPending: () => boolean) {
    vi.useFakeTimers()
    vi.stubGlobal('navigator', { scheduling: { isInputPending: inputPending } })
    const store = new DocumentStore(sampleNotice())
    const before = title(store)
    const editor = store.editors.rectification
    Transforms.select(editor, Editor.end(editor, [1]))
    for (const ch of '（补）') editor.insertText(ch)
    return { store, before }
  }

  it('停手后到时该同步，而正有按键在排队：让按键先处理，之后再同步', async () => {
    let pending = true
    const { store, before } = typeWhile(() => pending)
    await vi.advanceTimersByTimeAsync(1000)
    expect(title(store)).toBe(before)
    pending = false
    await vi.advanceTimersByTimeAsync(1000)
    expect(title(store)).toBe(`${before}（补）`)
  })

  it('一直有输入排队：至多等到连续输入的上限，照样同步', async () => {
    const { store, before } = typeWhile(() => true)
    await vi.advanceTimersByTimeAsync(2500)
    expect(title(store)).toBe(before)
    await vi.advanceTimersByTimeAsync(1000)
    expect(title(store)).toBe(`${before}（补）`)
  })
})
