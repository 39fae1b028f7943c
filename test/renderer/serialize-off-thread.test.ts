// 自动保存的界面线程与 Worker 之间的来往（issue #15）：Worker 模块在本进程里跑，消息照样经结构化克隆、异步送达。
// 写出的工程文件与直接写的一样；第一次整份分块发，打字只发改动；Worker 丢了手里的底稿时整份重发，结果照样对。
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import type { Notice } from '../../core/model'
import { serializeProject } from '../../core/project/project-file'
import { freshVersions } from '../../core/project/versions'
import { sampleNotice } from '../support/sample-notice'

/** Worker 模块眼里的 self */
const scope: { onmessage: ((e: { data: unknown }) => void) | null; postMessage(m: unknown): void } = {
  onmessage: null,
  postMessage: () => {},
}
/** 每条发给 Worker 的消息的大小（JSON 字符数） */
const posted: number[] = []

class FakeWorker {
  onmessage: ((e: { data: unknown }) => void) | null = null
  onerror: unknown = null
  constructor() {
    scope.postMessage = (m) => {
      const data = structuredClone(m)
      setTimeout(() => this.onmessage?.({ data }), 0)
    }
  }
  postMessage(m: unknown) {
    posted.push(JSON.stringify(m).length)
    const data = structuredClone(m)
    setTimeout(() => scope.onmessage?.({ data }), 0)
  }
}

/** 装上（或重新装上，即 Worker 丢了手里的一切）Worker 模块 */
async function loadWorkerModule() {
  vi.resetModules()
  await import('../../renderer/document/serialize-worker')
}

let serializeOffThread: typeof import('../../renderer/document/serialize-off-thread').serializeOffThread
beforeAll(async () => {
  vi.stubGlobal('self', scope)
  vi.stubGlobal('Worker', FakeWorker)
  await loadWorkerModule()
  ;({ serializeOffThread } = await import('../../renderer/document/serialize-off-thread'))
})
afterAll(() => vi.unstubAllGlobals())

const project = freshVersions()
function bigNotice(): Notice {
  const n = sampleNotice()
  n.rectification.items = Array.from({ length: 60 }, () => sampleNotice().rectification.items).flat()
  return n
}
/** 不可变地改第 a 个方面第一个问题第一条措施的正文（别的对象原样共享，与编辑器的写法一样） */
function edited(n: Notice, a: number, text: string): Notice {
  const items = n.rectification.items
  const aspect = items[a]!
  const problem = aspect.children[0]!
  const measure = problem.children[0]!
  const m = { ...measure, body: [{ type: 'paragraph' as const, children: [{ text }] }] }
  const p = { ...problem, children: [m, ...problem.children.slice(1)] }
  const asp = { ...aspect, children: [p, ...aspect.children.slice(1)] }
  return { ...n, rectification: { ...n.rectification, items: items.map((x, i) => (i === a ? asp : x)) } }
}
/** Worker 写出的工程文件与在本线程直接写的一样（保存时刻除外） */
async function expectWritten(blob: Blob | null, n: Notice) {
  expect(blob).not.toBeNull()
  const { savedAt: _a, ...got } = JSON.parse(await blob!.text()) as Record<string, unknown>
  const { savedAt: _b, ...want } = JSON.parse(serializeProject(n, undefined, undefined, project)) as Record<string, unknown>
  expect(got).toStrictEqual(want)
}

describe('自动保存 Worker 的来往', () => {
  let n = bigNotice()
  const total = JSON.stringify({ notice: n, project }).length

  it('第一次整份分块发（每块远小于整份），写出的与直接写的一样', async () => {
    await expectWritten(await serializeOffThread(n, project), n)
    expect(posted.length).toBeGreaterThan(5)
    expect(Math.max(...posted)).toBeLessThan(total / 5)
  })

  it('打字：只发改动（几百字节），连着几次都写得对', async () => {
    for (const [a, text] of [
      [3, '第一次改'],
      [3, '第一次改，再加几个字'],
      [40, '另一处'],
    ] as const) {
      posted.length = 0
      n = edited(n, a, text)
      await expectWritten(await serializeOffThread(n, project), n)
      expect(posted).toHaveLength(1)
      expect(posted[0]).toBeLessThan(2000)
    }
  })

  it('Worker 丢了手里的底稿：它要求重发，整份分块重发后写得对', async () => {
    await loadWorkerModule()
    posted.length = 0
    n = edited(n, 10, '丢了底稿之后')
    await expectWritten(await serializeOffThread(n, project), n)
    expect(posted.length).toBeGreaterThan(5) // 先是一个补丁（被拒），再分块整份
  })

  it('打开后预先送去底稿（不写文件、不回信）：第一次自动保存就只发改动', async () => {
    // 新开的窗口：界面线程与 Worker 手里都还没有内容
    await loadWorkerModule()
    const fresh = await import('../../renderer/document/serialize-off-thread')
    serializeOffThread = fresh.serializeOffThread // 之后的用例用这个窗口
    posted.length = 0
    fresh.primeOffThread(n, project)
    // 分块发送每块一个任务：等到不再有新的一块
    for (let seen = -1; seen !== posted.length;) {
      seen = posted.length
      await new Promise((r) => setTimeout(r, 20))
    }
    expect(posted.length).toBeGreaterThan(5)
    posted.length = 0
    n = edited(n, 7, '预先送去之后的第一次改动')
    await expectWritten(await serializeOffThread(n, project), n)
    expect(posted).toHaveLength(1)
    expect(posted[0]).toBeLessThan(2000)
  })

  it('预先送去时 Worker 手里的底稿对不上：不重发，下一次自动保存整份发且写得对', async () => {
    const mod = await import('../../renderer/document/serialize-off-thread')
    await loadWorkerModule() // Worker 丢了底稿，界面线程不知道
    n = edited(n, 8, '丢了底稿')
    mod.primeOffThread(n, project)
    await new Promise((r) => setTimeout(r, 50))
    posted.length = 0
    n = edited(n, 9, '接着改')
    await expectWritten(await serializeOffThread(n, project), n)
    expect(posted.length).toBeGreaterThan(5)
  })

  it('内容暂时不合模型时得到 null，之后的改动照常写', async () => {
    const bad = { ...n, rectification: { ...n.rectification, items: 'not a list' } } as unknown as Notice
    expect(await serializeOffThread(bad, project)).toBeNull()
    n = edited(n, 5, '恢复正常')
    await expectWritten(await serializeOffThread(n, project), n)
  })
})
