// IPC 来源检查：只听本程序窗口里本程序页面的话。
import type { DocumentWindow, DocumentWindows, WindowLike } from '../windows/document-windows'

/** IPC 事件里用来判断来源的部分（与 Electron 的 IpcMainEvent / IpcMainInvokeEvent 同形）。 */
export interface IpcSenderInfo {
  readonly sender: { readonly id: number }
  /** 发出消息的框架；框架已销毁时为 null。 */
  readonly senderFrame: { readonly url: string; readonly parent: unknown } | null
}

/**
 * 消息是否来自 Tongbao 自己的文档窗口：发送者是登记过的窗口、是顶层框架、页面地址是本程序的页面。
 * 其他来源（子框架、被导航到别处的页面、别的 webContents）一律拒绝。
 */
export function fromOwnWindow<W extends WindowLike>(
  windows: DocumentWindows<W>,
  isAppUrl: (url: string) => boolean,
  event: IpcSenderInfo,
): DocumentWindow<W> | undefined {
  const state = windows.fromWebContents(event.sender.id)
  const frame = event.senderFrame
  if (!state || !frame || frame.parent != null || !isAppUrl(frame.url)) return undefined
  return state
}
