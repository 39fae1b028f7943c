// 桥的 Electron 实现（window.tongbao）。
import type { MenuCommand, TongbaoHost } from '../../core/bridge/host'
import { HOST_CHANNELS, MENU_COMMAND_CHANNEL } from '../main/ipc/channels'

/** preload 用到的 ipcRenderer 的那一小部分；测试里用假的代替。 */
export interface RendererIpc {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>
  send(channel: string, ...args: unknown[]): void
  on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown
  removeListener(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown
}

/**
 * 桥的 Electron 实现：每个方法一条具名消息，ipcRenderer 本身不出 preload。
 * 写成 `const host: TongbaoHost`，由编译器而不是注释保证与契约同步。
 */
export function createHost(ipc: RendererIpc): TongbaoHost {
  // invoke 的结果类型由主进程一侧的处理函数保证（它们按 TongbaoHost 的成员类型编写）。
  const call = <T>(channel: string, ...args: unknown[]) =>
    (ipc.invoke(channel, ...args) as Promise<T>).catch((e: unknown) => {
      throw new Error(remoteErrorMessage(e))
    })
  const host: TongbaoHost = {
    platform: 'electron',
    pickFile: (purpose) => call(HOST_CHANNELS.pickFile, purpose),
    readRecent: (path) => call(HOST_CHANNELS.readRecent, path),
    recentFiles: () => call(HOST_CHANNELS.recentFiles),
    saveProject: (ref, text, options) => call(HOST_CHANNELS.saveProject, ref, text, { saveAs: options.saveAs }),
    saveExport: (bytes, suggestedName, kind) => call(HOST_CHANNELS.saveExport, bytes, suggestedName, kind),
    revealInFolder: (path) => call(HOST_CHANNELS.revealInFolder, path),
    autosave: (docKey, ref, text, title) => call(HOST_CHANNELS.autosave, docKey, ref, text, title),
    discardAutosave: (docKey) => call(HOST_CHANNELS.discardAutosave, docKey),
    listRecovery: () => call(HOST_CHANNELS.listRecovery),
    restoreRecovery: (id) => call(HOST_CHANNELS.restoreRecovery, id),
    setDirty: (dirty, title) => ipc.send(HOST_CHANNELS.setDirty, dirty, title),
    setCurrentDocument: (ref) => ipc.send(HOST_CHANNELS.setCurrentDocument, ref),
    initialFile: () => call(HOST_CHANNELS.initialFile),
    onMenuCommand: (listener) => {
      // 只把命令名交给页面，事件对象（含 sender）留在 preload 里。
      const handler = (_event: unknown, command: unknown) => listener(command as MenuCommand)
      ipc.on(MENU_COMMAND_CHANNEL, handler)
      return () => {
        ipc.removeListener(MENU_COMMAND_CHANNEL, handler)
      }
    },
  }
  return host
}

/**
 * 主进程抛出的错误到了页面只剩一句 "Error invoking remote method 'tongbao:x': OpenError: 中文说明"。
 * 去掉英文前缀，页面拿到的就是可以直接给用户看的那句中文。
 */
export function remoteErrorMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error)
  return message.replace(/^Error invoking remote method '[^']*': /, '').replace(/^(?:[A-Z]\w*Error|Error): /, '')
}
