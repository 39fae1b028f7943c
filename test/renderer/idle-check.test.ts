// issue #15：检查在空闲时分片进行；有按键排队时一片立即停下（按键不排在检查后面），一直在打字、空闲等到超时也照常推进。
import { afterEach, describe, expect, it, vi } from 'vitest'
import { DocumentStore } from '../../renderer/document/store'
import { sampleNotice } from '../support/sample-notice'

interface Deadline {
  didTimeout: boolean
  timeRemaining(): number
}

/** 接管 requestIdleCallback：每次调用由测试决定给回调什么样的空闲期；返回跑了几片 */
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
  vi.unstubAllGlobals()
  vi.restoreAllMocks()
})

const roomy: Deadline = { didTimeout: false, timeRemaining: () => 50 }

describe('空闲时的检查', () => {
  it('空闲期宽裕、没有按键：一片做完，结果与直接检查相同', () => {
    const idle = idleSlices(roomy, false)
    const store = new DocumentStore(sampleNotice())
    expect(store.getShownFindings()).toBeUndefined()
    expect(idle.runAll()).toBe(1)
    expect(store.getShownFindings()).toEqual(store.getFindings())
  })

  it('有按键在排队：每片只算一个条目就让出，分多片做完，结果相同', () => {
    const idle = idleSlices(roomy, true)
    const store = new DocumentStore(sampleNotice())
    const items = store.getNotice().rectification.items.length + store.getNotice().organization.items.length
    const slices = idle.runAll()
    expect(slices).toBeGreaterThan(items)
    expect(store.getShownFindings()).toEqual(new DocumentStore(sampleNotice()).getFindings())
  })

  it('一直在打字、空闲等到超时：不理会排队的按键，照常做一片', () => {
    const idle = idleSlices({ didTimeout: true, timeRemaining: () => 0 }, true)
    const store = new DocumentStore(sampleNotice())
    expect(idle.runAll()).toBe(1)
    expect(store.getShownFindings()).toEqual(store.getFindings())
  })
})
