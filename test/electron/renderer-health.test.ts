// 页面进程崩溃或卡住：问用户，重新加载后可从自动保存恢复。
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { MessageBoxOptions } from 'electron'
import type { RecoveryItem } from '../../core/bridge/host'
import { serializeProject } from '../../core/project/project-file'
import { sampleNotice } from '../support/sample-notice'
import { type Desk, makeDesk } from './support/fakes'

let desk: Desk
beforeEach(async () => {
  desk = await makeDesk()
})
afterEach(() => desk.cleanup())

const bytes = new TextEncoder().encode(serializeProject(sampleNotice()))

async function editing() {
  const state = desk.app.newWindow()
  await desk.call(state.window, 'setDirty', true, '青山县委整改通报')
  await desk.call(state.window, 'autosave', 'session-1', null, bytes, '青山县委整改通报')
  return state
}

describe('页面进程崩溃', () => {
  it('问“重新加载/关闭窗口”；重新加载后副本可在开始页恢复，关窗照常询问新修改', async () => {
    const state = await editing()
    desk.dialogs.willAnswer(0)
    await desk.app.rendererGone(state.window, 'crashed')
    const box = desk.dialogs.ofKind('message')[0] as MessageBoxOptions
    expect(box.message).toContain('青山县委整改通报')
    expect(box.buttons).toEqual(['重新加载', '关闭窗口'])
    expect(state.window.reloads).toBe(1)
    const items = (await desk.call(state.window, 'listRecovery')) as RecoveryItem[]
    expect(items.map((i) => i.title)).toEqual(['青山县委整改通报'])
    // 重新加载后的页面又有了修改：关窗要问。
    await desk.call(state.window, 'setDirty', true, '新的修改')
    desk.dialogs.willAnswer(2)
    state.window.close()
    expect(state.window.closed).toBe(false)
  })

  it('选“关闭窗口”：关掉，副本留着', async () => {
    const state = await editing()
    desk.dialogs.willAnswer(1)
    await desk.app.rendererGone(state.window, 'oom')
    expect(state.window.closed).toBe(true)
    const next = desk.app.newWindow().window
    expect(((await desk.call(next, 'listRecovery')) as RecoveryItem[]).length).toBe(1)
  })

  it('正常退出（clean-exit）不问', async () => {
    const state = await editing()
    await desk.app.rendererGone(state.window, 'clean-exit')
    expect(desk.dialogs.ofKind('message')).toEqual([])
  })
})

describe('页面没有响应', () => {
  it('选“等待”：什么也不做，副本仍归本窗口', async () => {
    const state = await editing()
    desk.dialogs.willAnswer(0)
    await desk.app.onUnresponsive(state.window)
    expect(state.window.reloads).toBe(0)
    expect(state.autosaves.size).toBe(1)
  })

  it('选“重新加载”：结束卡住的进程并重新加载，不再弹“意外退出”；副本可恢复', async () => {
    const state = await editing()
    desk.dialogs.willAnswer(1)
    await desk.app.onUnresponsive(state.window)
    expect(state.window.crashes).toBe(1)
    expect(state.window.reloads).toBe(1)
    // 强制结束引起的 render-process-gone 不再询问
    await desk.app.rendererGone(state.window, 'killed')
    expect(desk.dialogs.ofKind('message')).toHaveLength(1)
    expect(((await desk.call(state.window, 'listRecovery')) as RecoveryItem[]).length).toBe(1)
  })

  it('页面恢复响应：询问框收起（AbortSignal）', async () => {
    const state = desk.app.newWindow()
    let signal: AbortSignal | undefined
    desk.dialogs.showMessageBox = (_w, options) =>
      new Promise((resolve, reject) => {
        signal = options.signal
        options.signal?.addEventListener('abort', () => reject(new Error('aborted')))
      })
    const asked = desk.app.onUnresponsive(state.window)
    await Promise.resolve()
    desk.app.onResponsive(state.window)
    await asked
    expect(signal?.aborted).toBe(true)
    expect(state.window.reloads).toBe(0)
  })
})
