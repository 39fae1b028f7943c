// IPC 的来源检查、参数校验与错误信息。
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { serializeProject } from '../../core/project/project-file'
import { sampleNotice } from '../support/sample-notice'
import { HOST_CHANNELS, type HostMethod } from '../../electron/main/ipc/channels'
import { APP_ENTRY_URL } from '../../electron/main/security/app-protocol'
import { type Desk, makeDesk } from './support/fakes'

/** 主进程只听自己窗口里本程序页面的话，且只收符合模式的参数。 */

let desk: Desk
beforeEach(async () => {
  desk = await makeDesk()
})
afterEach(() => desk.cleanup())

describe('来源检查', () => {
  it('每个宿主方法都注册了通道（tongbao:短横线名）', () => {
    const registered = [...desk.ipc.handlers.keys(), ...desk.ipc.listeners.keys()].sort()
    expect(registered).toEqual(Object.values(HOST_CHANNELS).sort())
    for (const channel of registered) expect(channel).toMatch(/^tongbao:[a-z]+(-[a-z]+)*$/)
  })

  it('不是本程序窗口发来的请求被拒绝', async () => {
    desk.app.newWindow()
    expect(await desk.callAs({ sender: { id: 424242 }, senderFrame: { url: APP_ENTRY_URL, parent: null } }, 'recentFiles')).toMatchObject({
      ok: false,
      code: 'host.rejected-sender',
    })
  })

  it('本程序窗口里的子框架、或已被导航到别处的页面发来的请求被拒绝', async () => {
    const win = desk.app.newWindow().window
    const sender = { id: win.webContents.id }
    expect(await desk.callAs({ sender, senderFrame: { url: APP_ENTRY_URL, parent: {} } }, 'listRecovery')).toMatchObject({
      ok: false,
      code: 'host.rejected-sender',
    })
    expect(await desk.callAs({ sender, senderFrame: { url: 'https://example.com/', parent: null } }, 'listRecovery')).toMatchObject({
      ok: false,
      code: 'host.rejected-sender',
    })
    expect(await desk.callAs({ sender, senderFrame: { url: 'file:///etc/passwd', parent: null } }, 'listRecovery')).toMatchObject({
      ok: false,
      code: 'host.rejected-sender',
    })
    expect(await desk.callAs({ sender, senderFrame: null }, 'listRecovery')).toMatchObject({ ok: false, code: 'host.rejected-sender' })
  })

  it('来自陌生页面的 setDirty 不改窗口标题', async () => {
    const win = desk.app.newWindow().window
    win.title = '原标题'
    await desk.callAs(
      { sender: { id: win.webContents.id }, senderFrame: { url: 'https://evil.example/', parent: null } },
      'setDirty',
      true,
      '假标题',
    )
    expect(win.title).toBe('原标题')
  })

  it('已关闭的窗口不再被当作本程序的窗口', async () => {
    const win = desk.app.newWindow().window
    win.close()
    expect(await desk.call(win, 'recentFiles')).toMatchObject({ ok: false, code: 'host.rejected-sender' })
  })
})

describe('参数校验', () => {
  const bad: [HostMethod, unknown[]][] = [
    ['pickFile', ['anything']],
    ['pickFile', ['open', 'extra']],
    ['readRecent', [42]],
    ['readRecent', ['']],
    ['saveProject', [null, { text: 1 }, { saveAs: false }]],
    ['saveProject', [{ path: '/x', name: 'x', extra: true }, '{}', { saveAs: false }]],
    ['saveProject', [null, '{}', { saveAs: 'yes' }]],
    ['saveExport', ['not bytes', 'a.docx', 'docx']],
    ['saveExport', [new Uint8Array(1), 'a.pdf', 'pdf']],
    ['saveExport', [new Uint8Array(1), '', 'docx']],
    ['savePdf', [new Uint8Array(1), 'a.pdf']],
    ['savePdf', ['<p>x</p>', '']],
    ['autosave', ['', null, new Uint8Array(1), 't']],
    // 自动保存交来的是工程文件的字节，不再是文本
    ['autosave', ['k', null, '{}', 't']],
    ['discardAutosave', [{}]],
    ['restoreRecovery', ['../../etc/passwd']],
    ['restoreRecovery', ['/home/user/.config/tongbao/recovery/x.autosave.json']],
    ['recentFiles', ['unexpected']],
  ]
  it.each(bad)('%s 收到不合格的参数 %j 时拒绝，不弹对话框', async (method, args) => {
    const win = desk.app.newWindow().window
    expect(await desk.call(win, method, ...args)).toMatchObject({ ok: false, code: 'host.bad-arguments' })
    expect(desk.dialogs.calls).toEqual([])
  })

  it('过大的工程文本被拒绝', async () => {
    const win = desk.app.newWindow().window
    const huge = 'x'.repeat(100 * 1024 * 1024 + 1)
    expect(await desk.call(win, 'saveProject', null, huge, { saveAs: false })).toMatchObject({ ok: false, code: 'host.bad-arguments' })
  })
})

describe('意外错误', () => {
  it('系统调用失败时页面收到一句中文，不是英文的错误原文', async () => {
    // 恢复区的位置被一个普通文件占着：创建目录会失败（ENOTDIR/EEXIST）。
    await writeFile(join(desk.userData, 'recovery'), 'not a directory')
    const win = desk.app.newWindow().window
    const log = vi.spyOn(console, 'error').mockImplementation(() => {})
    const failure = desk.call(win, 'autosave', 'k', null, new TextEncoder().encode(serializeProject(sampleNotice())), '甲')
    expect(await failure).toEqual({ ok: false, code: 'host.internal' })
    expect(log).toHaveBeenCalled()
    log.mockRestore()
  })
})
