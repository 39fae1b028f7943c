// preload 暴露的桥。
import { describe, expect, it } from 'vitest'
import type { MenuCommand } from '../../core/bridge/host'
import { HOST_CHANNELS } from '../../electron/main/ipc/channels'
import { type RendererIpc, createHost } from '../../electron/preload/create-host'

/** preload 暴露的桥：每个方法一条具名消息，页面拿不到 ipcRenderer。 */

function fakeIpc() {
  const invoked: { channel: string; args: unknown[] }[] = []
  const sent: { channel: string; args: unknown[] }[] = []
  const listeners = new Map<string, Set<(e: unknown, ...a: unknown[]) => void>>()
  const ipc: RendererIpc = {
    invoke: async (channel, ...args) => {
      invoked.push({ channel, args })
      if (channel === HOST_CHANNELS.readRecent) return { ok: false, code: 'recent.missing', params: { name: 'x.tongbao' } }
      if (channel === HOST_CHANNELS.listRecovery) throw new Error("Error invoking remote method 'tongbao:list-recovery': Error: boom")
      return null
    },
    send: (channel, ...args) => void sent.push({ channel, args }),
    on: (channel, l) => listeners.set(channel, (listeners.get(channel) ?? new Set()).add(l)),
    removeListener: (channel, l) => listeners.get(channel)?.delete(l),
  }
  const emit = (channel: string, ...args: unknown[]) => listeners.get(channel)?.forEach((l) => l({ sender: 'secret' }, ...args))
  return { ipc, invoked, sent, emit, listeners }
}

describe('preload 的桥', () => {
  it('方法调用落到各自的 tongbao: 通道上，参数原样传过去', async () => {
    const f = fakeIpc()
    const host = createHost(f.ipc)
    await host.pickFile('import')
    await host.saveProject({ path: '/a.tongbao', name: 'a.tongbao' }, '{}', { saveAs: true })
    await host.saveExport(new Uint8Array([1]), 'a.docx', 'docx')
    await host.restoreRecovery('0123456789abcdef')
    host.setDirty(true, '标题')
    host.setCurrentDocument({ path: '/a.tongbao', name: 'a.tongbao' })
    expect(f.invoked.map((i) => i.channel)).toEqual([
      HOST_CHANNELS.pickFile,
      HOST_CHANNELS.saveProject,
      HOST_CHANNELS.saveExport,
      HOST_CHANNELS.restoreRecovery,
    ])
    expect(f.invoked[1]!.args).toEqual([{ path: '/a.tongbao', name: 'a.tongbao' }, '{}', { saveAs: true }])
    expect(f.sent).toEqual([
      { channel: HOST_CHANNELS.setDirty, args: [true, '标题'] },
      { channel: HOST_CHANNELS.setCurrentDocument, args: [{ path: '/a.tongbao', name: 'a.tongbao' }] },
    ])
  })

  it('自动保存：Worker 写的 Blob 读成字节再经 IPC 发出（IPC 不传 Blob）；页面关闭前的字节同步发出，不等任何异步', async () => {
    const f = fakeIpc()
    const host = createHost(f.ipc)
    const text = '{"format":"tongbao","title":"整改通报"}\n'
    await host.autosave('k', null, new Blob([text]), '整改通报')
    const closing = host.autosave('k', null, new TextEncoder().encode(text), '整改通报')
    expect(f.invoked).toHaveLength(2)
    await closing
    for (const { channel, args } of f.invoked) {
      expect(channel).toBe(HOST_CHANNELS.autosave)
      expect(args[2]).toBeInstanceOf(Uint8Array)
      expect(new TextDecoder().decode(args[2] as Uint8Array)).toBe(text)
    }
  })

  it('页面只看到 TongbaoHost 的成员，没有 ipcRenderer 或通用的 send/invoke', () => {
    const host = createHost(fakeIpc().ipc) as unknown as Record<string, unknown>
    expect(host.platform).toBe('electron')
    for (const name of ['ipcRenderer', 'send', 'invoke', 'on', 'ipc']) expect(host[name]).toBeUndefined()
  })

  it('菜单命令交给页面时不带事件对象；取消订阅后不再收到', () => {
    const f = fakeIpc()
    const host = createHost(f.ipc)
    const got: unknown[][] = []
    const off = host.onMenuCommand((...args: unknown[]) => void got.push(args))
    f.emit('tongbao:menu-command', 'save' satisfies MenuCommand)
    off()
    f.emit('tongbao:menu-command', 'open' satisfies MenuCommand)
    expect(got).toEqual([['save']])
  })

  it('主进程的失败值原样交给页面；通道本身出错也只是一个失败值，不抛异常', async () => {
    const host = createHost(fakeIpc().ipc)
    expect(await host.readRecent('/x.tongbao')).toEqual({ ok: false, code: 'recent.missing', params: { name: 'x.tongbao' } })
    expect(await host.listRecovery()).toEqual([])
  })
})
