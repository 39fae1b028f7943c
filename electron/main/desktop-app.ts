// 桌面程序的窗口与菜单逻辑（不引用 electron，在 Node 下测试）。
import { basename, extname } from 'node:path'
import { formatMessage } from '../../core/messages/format'
import type { MenuItemConstructorOptions } from 'electron'
import type { MenuCommand, PickedFile } from '../../core/bridge/host'
import { isTongbaoError } from '../../core/messages/tongbao-error'
import { parseProject } from '../../core/project/project-file'
import type { RecoveryStore } from '../files/recovery'
import type { RecentFiles } from './files/recent-files'
import { readPickedFile } from './files/read-picked-file'
import { MENU_COMMAND_CHANNEL } from './ipc/channels'
import type { DialogPort, HostContext, ShellPort } from './ipc/host-context'
import { buildMenuTemplate } from './menu/menu-template'
import { confirmClose, mustConfirmClose } from './windows/close-guard'
import { discardWindowRecovery } from './windows/discard-window-recovery'
import { offerReloadAfterCrash, offerReloadWhenUnresponsive, rendererResponsive } from './windows/renderer-health'
import { bringToFront, type DocumentWindow, DocumentWindows, type WindowLike } from './windows/document-windows'

/** 桌面程序依赖的外部能力；index.ts 用 Electron 提供，测试用假的。 */
export interface DesktopPorts<W extends WindowLike> {
  /** 新建一个文档窗口（已设好安全选项、已开始加载页面）。 */
  createWindow(): W
  focusedWindow(): W | null
  setApplicationMenu(template: MenuItemConstructorOptions[]): void
  dialogs: DialogPort<W>
  shell: ShellPort
  recent: RecentFiles
  recovery: RecoveryStore
  documentsDir: string
  platform: NodeJS.Platform
  /** 打印页 → PDF 字节（index.ts 用不显示的窗口与 printToPDF）。 */
  printPdf(html: string): Promise<Uint8Array>
  development: boolean
  /** 再次发起退出（关闭前保存成功后继续退出）。 */
  quit(): void
  about(): void
  now?(): Date
}

/**
 * 桌面程序的窗口与菜单逻辑：一个文档一个窗口；从系统打开的文件各开一个窗口（已打开的切过去）；
 * 关窗时有未保存修改就询问；菜单随最近文件更新。这里不引用 electron，Node 下即可测试。
 */
export class DesktopApp<W extends WindowLike> {
  readonly windows: DocumentWindows<W>
  readonly context: HostContext<W>
  /** 正在退出：窗口在关闭前保存成功后要继续退出。 */
  private quitting = false

  constructor(private readonly ports: DesktopPorts<W>) {
    this.windows = new DocumentWindows<W>(ports.platform)
    this.context = {
      dialogs: ports.dialogs,
      shell: ports.shell,
      recent: ports.recent,
      recovery: ports.recovery,
      windows: this.windows,
      documentsDir: ports.documentsDir,
      platform: ports.platform,
      printPdf: (html) => ports.printPdf(html),
      now: ports.now ?? (() => new Date()),
      recentChanged: () => this.refreshMenu(),
      closeSaved: (state) => {
        state.allowClose = true
        state.closeAfterSave = false
        // 让保存的结果先回到页面，再关窗。
        setTimeout(() => state.window.close(), 0)
      },
      closeCancelled: () => {
        this.quitting = false
      },
    }
  }

  /** 启动：打开命令行里的文件；没有就开一个空窗口（开始页）。 */
  async start(paths: string[]): Promise<void> {
    await this.refreshMenu()
    const opened = await this.openPaths(paths)
    if (opened === 0) this.newWindow()
  }

  newWindow(pendingFile: PickedFile | null = null, asProject = false): DocumentWindow<W> {
    const window = this.ports.createWindow()
    return this.windows.add(window, pendingFile, asProject && pendingFile ? pendingFile.ref : null)
  }

  /**
   * 打开系统交来的文件（文件关联、命令行、第二个实例、最近文件菜单）：已在某窗口打开的切到那个窗口，
   * 其余各开一个新窗口。读不了的文件报一句中文，不开窗口。返回处理了几个文件。
   */
  async openPaths(paths: string[]): Promise<number> {
    let handled = 0
    for (const path of paths) {
      const existing = this.windows.byPath(path)
      if (existing) {
        bringToFront(existing.window)
        handled++
        continue
      }
      const asProject = extname(path).toLowerCase() === '.tongbao'
      let file: PickedFile
      try {
        file = await readPickedFile(path)
        if (asProject) parseProject(file.bytes)
      } catch (e) {
        this.ports.dialogs.showErrorBox(
          '无法打开文件',
          isTongbaoError(e) ? e.message : formatMessage({ code: 'read.unknown', params: { name: basename(path) } }),
        )
        continue
      }
      const state = this.newWindow(file, asProject)
      state.knownPaths.add(path)
      if (asProject) {
        await this.ports.recent.add(path, this.context.now())
        await this.refreshMenu()
      }
      handled++
    }
    return handled
  }

  /** 第二个实例启动时：打开它带来的文件；什么都没带就把已有窗口调到前面。 */
  async secondInstance(paths: string[]): Promise<void> {
    const opened = await this.openPaths(paths)
    if (opened > 0) return
    const first = this.windows.all()[0]
    if (first) bringToFront(first.window)
    else this.newWindow()
  }

  /** 窗口的 close 事件：返回 true 表示要拦下（随后异步询问用户）。 */
  onWindowClose(window: W): boolean {
    const state = this.windows.fromWindow(window)
    if (!state) return false
    // 询问框已经开着（例如退出时又收到一次 close）：拦下，但不再问第二遍。
    if (state.confirming) return true
    if (!mustConfirmClose(state)) return false
    void confirmClose(this.context, state)
    return true
  }

  /** 窗口已关闭：没有未保存修改（或用户选了“不保存”）时删掉它的自动保存副本。 */
  async onWindowClosed(window: W): Promise<void> {
    const state = this.windows.fromWindow(window)
    if (!state) return
    this.windows.remove(window)
    if (!state.dirty || state.allowClose) await discardWindowRecovery(this.context, state)
    if (this.quitting && this.windows.all().length > 0) this.ports.quit()
  }

  /** 页面进程崩溃或被杀：页面再也报告不了状态，不再拦着关闭；自动保存副本留着，下次启动可恢复。 */
  onRendererGone(window: W): void {
    const state = this.windows.fromWindow(window)
    if (state) {
      state.allowClose = true
      state.autosaves.clear()
      state.claimedRecovery.clear()
    }
  }

  /** 页面进程没了（render-process-gone）：放开副本，再问重新加载还是关窗。 */
  async rendererGone(window: W, reason: string): Promise<void> {
    this.onRendererGone(window)
    const state = this.windows.fromWindow(window)
    if (state && !this.quitting) await offerReloadAfterCrash(this.context, state, reason)
  }

  /** 页面卡住（unresponsive）：问等待还是重新加载。 */
  async onUnresponsive(window: W): Promise<void> {
    const state = this.windows.fromWindow(window)
    if (state) await offerReloadWhenUnresponsive(this.context, state, () => this.onRendererGone(window))
  }

  onResponsive(window: W): void {
    const state = this.windows.fromWindow(window)
    if (state) rendererResponsive(state)
  }

  onBeforeQuit(): void {
    this.quitting = true
  }

  /** 把菜单命令交给当前窗口的页面。没有窗口时（只在 macOS 上会出现）开一个开始页，由用户在那里继续。 */
  sendCommand(command: MenuCommand): void {
    const focused = this.ports.focusedWindow()
    const state = focused ? this.windows.fromWindow(focused) : this.windows.all()[0]
    if (state) state.window.webContents.send(MENU_COMMAND_CHANNEL, command)
    else this.newWindow()
  }

  async refreshMenu(): Promise<void> {
    const recent = await this.ports.recent.list()
    this.ports.setApplicationMenu(
      buildMenuTemplate({
        recent,
        platform: this.ports.platform,
        development: this.ports.development,
        actions: {
          command: (c) => this.sendCommand(c),
          newWindow: () => void this.newWindow(),
          openRecent: (path) => void this.openRecent(path),
          clearRecent: () => void this.ports.recent.clear().then(() => this.refreshMenu()),
          about: () => this.ports.about(),
        },
      }),
    )
  }

  /** 最近文件菜单：打开后重建菜单——打不开的多半已被移走，list() 会把它剔除。 */
  private async openRecent(path: string): Promise<void> {
    await this.openPaths([path])
    await this.refreshMenu()
  }
}
