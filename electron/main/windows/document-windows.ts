// 文档窗口的登记表：一个文档一个窗口。
import type { DocumentRef, PickedFile } from '../../../core/bridge/host'
import { pathKey } from '../files/recent-files'

/** 主进程用到的 BrowserWindow 的那一部分；测试里用假的代替。 */
export interface WindowLike {
  readonly id: number
  readonly webContents: {
    readonly id: number
    send(channel: string, ...args: unknown[]): void
    reload?(): void
    /** 结束卡住的页面进程（之后可以重新加载）。 */
    forcefullyCrashRenderer?(): void
  }
  setTitle(title: string): void
  /** 仅 macOS 有意义（标题栏的“已修改”点）。 */
  setDocumentEdited?(edited: boolean): void
  focus(): void
  isMinimized(): boolean
  restore(): void
  close(): void
}

/** 一个文档窗口在主进程里的状态。渲染进程说的话只经 IPC 处理函数改写这里。 */
export interface DocumentWindow<W extends WindowLike = WindowLike> {
  readonly window: W
  /** 窗口里文档对应的磁盘文件：只由主进程在打开/保存成功后设定，渲染进程不能指定要写哪个路径。 */
  ref: DocumentRef | null
  dirty: boolean
  title: string
  /** 窗口启动时要交给页面的文件（文件关联、命令行、最近文件），取一次即清空。 */
  pendingFile: PickedFile | null
  /** 本窗口的自动保存：docKey → 恢复副本路径。 */
  readonly autosaves: Map<string, string>
  /** 本窗口恢复出来的旧副本：正常保存或关闭后删除。 */
  readonly claimedRecovery: Set<string>
  /** 本窗口经对话框得到的路径（打开、保存、导出），“在文件夹中显示”只对这些生效。 */
  readonly knownPaths: Set<string>
  /** 关闭时用户选了“保存”：保存成功后关窗。 */
  closeAfterSave: boolean
  /** “是否保存”的询问框正开着。 */
  confirming: boolean
  /** 已确认可以关闭（已保存、选了“不保存”或页面已崩溃）。 */
  allowClose: boolean
  /** “页面没有响应”的询问框开着：页面恢复响应时用它收起。 */
  unresponsive: AbortController | null
  /** 是我们为重新加载而结束了页面进程：不再问“意外退出”。 */
  restarting: boolean
}

/** 所有文档窗口：一个文档一个窗口，同一路径不会在两个窗口里同时打开。 */
export class DocumentWindows<W extends WindowLike = WindowLike> {
  private readonly byWindow = new Map<W, DocumentWindow<W>>()
  // 窗口关闭后其 webContents 已销毁、读不到 id，所以在登记时记下。
  private readonly byContents = new Map<number, DocumentWindow<W>>()
  private readonly contentsIds = new Map<W, number>()

  constructor(private readonly platform: NodeJS.Platform = process.platform) {}

  add(window: W, pendingFile: PickedFile | null = null, ref: DocumentRef | null = null): DocumentWindow<W> {
    const state: DocumentWindow<W> = {
      window,
      ref,
      dirty: false,
      title: '',
      pendingFile,
      autosaves: new Map(),
      claimedRecovery: new Set(),
      knownPaths: new Set(ref?.path ? [ref.path] : []),
      closeAfterSave: false,
      confirming: false,
      allowClose: false,
      unresponsive: null,
      restarting: false,
    }
    const id = window.webContents.id
    this.byWindow.set(window, state)
    this.byContents.set(id, state)
    this.contentsIds.set(window, id)
    return state
  }

  remove(window: W): void {
    const id = this.contentsIds.get(window)
    if (id !== undefined) this.byContents.delete(id)
    this.contentsIds.delete(window)
    this.byWindow.delete(window)
  }

  fromWebContents(id: number): DocumentWindow<W> | undefined {
    return this.byContents.get(id)
  }

  fromWindow(window: W): DocumentWindow<W> | undefined {
    return this.byWindow.get(window)
  }

  /** 已打开该路径的窗口（Windows 上不分大小写）。 */
  byPath(path: string): DocumentWindow<W> | undefined {
    const key = pathKey(path, this.platform)
    return this.all().find((s) => s.ref?.path != null && pathKey(s.ref.path, this.platform) === key)
  }

  all(): DocumentWindow<W>[] {
    return [...this.byWindow.values()]
  }

  /** 所有窗口正在使用的恢复副本：不能在别的窗口里再“恢复”一次。 */
  recoveryInUse(): Set<string> {
    return new Set(this.all().flatMap((s) => [...s.autosaves.values(), ...s.claimedRecovery]))
  }

  isKnownPath(state: DocumentWindow<W>, path: string): boolean {
    const key = pathKey(path, this.platform)
    return [...state.knownPaths].some((p) => pathKey(p, this.platform) === key)
  }
}

/** 把窗口调到前面（最小化的先还原）。 */
export function bringToFront(window: WindowLike): void {
  if (window.isMinimized()) window.restore()
  window.focus()
}

/** 窗口标题：文档名、未保存标记、程序名。 */
export function windowTitle(title: string, dirty: boolean): string {
  return `${title.trim() || '未命名整改通报'}${dirty ? ' *' : ''} - 整改通报编辑器`
}
