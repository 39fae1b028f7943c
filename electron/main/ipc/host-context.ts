// IPC 处理函数与窗口管理共用的依赖（以参数传入，便于测试）。
import type { MessageBoxOptions, OpenDialogOptions, SaveDialogOptions } from 'electron'
import type { RecoveryStore } from '../../files/recovery'
import type { RecentFiles } from '../files/recent-files'
import type { DocumentWindow, DocumentWindows, WindowLike } from '../windows/document-windows'

/** 主进程用到的 dialog 的那一部分（与 Electron 的 dialog 同形）。 */
export interface DialogPort<W extends WindowLike = WindowLike> {
  showOpenDialog(window: W, options: OpenDialogOptions): Promise<{ canceled: boolean; filePaths: string[] }>
  showSaveDialog(window: W, options: SaveDialogOptions): Promise<{ canceled: boolean; filePath?: string }>
  showMessageBox(window: W, options: MessageBoxOptions): Promise<{ response: number }>
  showErrorBox(title: string, content: string): void
}

export interface ShellPort {
  showItemInFolder(path: string): void
}

/**
 * IPC 处理函数与窗口管理共用的依赖。都以参数传入，
 * 因而这些逻辑能在 Node 下用假的对话框和窗口测试，不需要 Electron。
 */
export interface HostContext<W extends WindowLike = WindowLike> {
  readonly dialogs: DialogPort<W>
  readonly shell: ShellPort
  readonly recent: RecentFiles
  readonly recovery: RecoveryStore
  readonly windows: DocumentWindows<W>
  /** 对话框的默认文件夹（“文档”目录）。 */
  readonly documentsDir: string
  readonly platform: NodeJS.Platform
  /** 打印页 → PDF 字节（Electron 的 printToPDF；测试用假的）。 */
  printPdf(html: string): Promise<Uint8Array>
  now(): Date
  /** 最近文件列表变了：重建菜单。 */
  recentChanged(): Promise<void>
  /** 保存成功、窗口此前在等待关闭：关掉它（并在退出过程中继续退出）。 */
  closeSaved(state: DocumentWindow<W>): void
  /** 用户取消了关闭（或关闭前的保存没成功）：放弃正在进行的退出。 */
  closeCancelled(): void
}

/** 一个宿主方法的处理函数：拿到依赖和发出请求的窗口，返回与 TongbaoHost 成员同型的函数。 */
export type HandlerFactory<F> = <W extends WindowLike>(ctx: HostContext<W>, state: DocumentWindow<W>) => F
