// 桥的 Electron 实现（window.tongbao）。
import type { Failure, MenuCommand, TongbaoHost } from '../../core/bridge/host'
import { HOST_CHANNELS, MENU_COMMAND_CHANNEL } from '../main/ipc/channels'

/** preload 用到的 ipcRenderer 的那一小部分；测试里用假的代替。 */
export interface RendererIpc {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>
  send(channel: string, ...args: unknown[]): void
  on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown
  removeListener(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown
}

/** 主进程对任何请求都可能答以失败值（来源或参数不合格、内部出错）。 */
function isFailure(value: unknown): value is Failure {
  return typeof value === 'object' && value !== null && (value as { ok?: unknown }).ok === false
}

/**
 * 桥的 Electron 实现：每个方法一条具名消息，ipcRenderer 本身不出 preload。
 * 写成 `const host: TongbaoHost`，由编译器而不是注释保证与契约同步。
 * 主进程从不抛出（异常都已变成失败值）；通道本身坏了（极少见）也只交给页面一个失败值。
 */
export function createHost(ipc: RendererIpc): TongbaoHost {
  // invoke 的结果类型由主进程一侧的处理函数保证（它们按 TongbaoHost 的成员类型编写）。
  const call = <T>(channel: string, ...args: unknown[]): Promise<T | Failure> =>
    ipc.invoke(channel, ...args).then(
      (v) => v as T | Failure,
      (): Failure => ({ ok: false, code: 'host.internal' }),
    )
  /** 不带结果联合的方法（列表、初始文件）：失败时给出空值，页面照常运行。 */
  const orElse = async <T>(channel: string, empty: T): Promise<T> => {
    const v = await call<T>(channel)
    return isFailure(v) ? empty : v
  }
  const host: TongbaoHost = {
    platform: 'electron',
    pickFile: (purpose) => call(HOST_CHANNELS.pickFile, purpose),
    readRecent: (path) => call(HOST_CHANNELS.readRecent, path),
    recentFiles: () => orElse(HOST_CHANNELS.recentFiles, []),
    saveProject: (ref, text, options) => call(HOST_CHANNELS.saveProject, ref, text, { saveAs: options.saveAs }),
    saveExport: (bytes, suggestedName, kind) => call(HOST_CHANNELS.saveExport, bytes, suggestedName, kind),
    savePdf: (html, suggestedName) => call(HOST_CHANNELS.savePdf, html, suggestedName),
    revealInFolder: async (path) => {
      await call(HOST_CHANNELS.revealInFolder, path)
    },
    // 字节（页面关闭前同步写的）立即发出；Blob（Worker 写的）先读成字节：IPC 不传 Blob。
    autosave: (docKey, ref, project, title) =>
      project instanceof Uint8Array
        ? call(HOST_CHANNELS.autosave, docKey, ref, project, title)
        : project.arrayBuffer().then(
            (buffer) => call(HOST_CHANNELS.autosave, docKey, ref, new Uint8Array(buffer), title),
            (): Failure => ({ ok: false, code: 'host.internal' }),
          ),
    discardAutosave: (docKey) => call(HOST_CHANNELS.discardAutosave, docKey),
    listRecovery: () => orElse(HOST_CHANNELS.listRecovery, []),
    restoreRecovery: (id) => call(HOST_CHANNELS.restoreRecovery, id),
    discardRecovery: (id) => call(HOST_CHANNELS.discardRecovery, id),
    setDirty: (dirty, title) => ipc.send(HOST_CHANNELS.setDirty, dirty, title),
    setCurrentDocument: (ref) => ipc.send(HOST_CHANNELS.setCurrentDocument, ref),
    initialFile: () => orElse(HOST_CHANNELS.initialFile, null),
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
