// 测试用的 Electron 替身与完整的桌面环境。
import { mkdir, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { DocumentRef, PickedFile, SaveResult } from '../../../core/bridge/host'
import type { MenuItemConstructorOptions, MessageBoxOptions, OpenDialogOptions, SaveDialogOptions } from 'electron'
import { RecoveryStore } from '../../../electron/files/recovery'
import { DesktopApp } from '../../../electron/main/desktop-app'
import { RecentFiles } from '../../../electron/main/files/recent-files'
import { HOST_CHANNELS, type HostMethod } from '../../../electron/main/ipc/channels'
import type { IpcSenderInfo } from '../../../electron/main/ipc/from-own-window'
import type { DialogPort } from '../../../electron/main/ipc/host-context'
import { type IpcMainPort, registerIpc } from '../../../electron/main/ipc/register-ipc'
import { APP_ENTRY_URL, APP_ORIGIN } from '../../../electron/main/security/app-protocol'
import { appUrlMatcher } from '../../../electron/main/security/guard-web-contents'
import type { WindowLike } from '../../../electron/main/windows/document-windows'

/** Electron 的替身：窗口、对话框、ipcMain 都是记录调用的普通对象，测试按用户的操作驱动它们。 */

let nextId = 1

export class FakeWindow implements WindowLike {
  readonly id = nextId++
  title = ''
  focused = false
  minimized = false
  closeRequests = 0
  readonly sent: { channel: string; args: unknown[] }[] = []
  reloads = 0
  crashes = 0
  readonly webContents = {
    id: 1000 + this.id,
    send: (channel: string, ...args: unknown[]) => void this.sent.push({ channel, args }),
    reload: () => void this.reloads++,
    forcefullyCrashRenderer: () => void this.crashes++,
  }
  /** 窗口关闭时要走的 close 事件处理（DesktopApp 接上）；返回 true 表示被拦下。 */
  onClose: () => boolean = () => false
  onClosed: () => Promise<void> = async () => {}
  closed = false

  setTitle(title: string): void {
    this.title = title
  }
  focus(): void {
    this.focused = true
  }
  isMinimized(): boolean {
    return this.minimized
  }
  restore(): void {
    this.minimized = false
  }
  close(): void {
    this.closeRequests++
    if (this.closed || this.onClose()) return
    this.closed = true
    void this.onClosed()
  }
  commands(): unknown[] {
    return this.sent.filter((s) => s.channel === 'tongbao:menu-command').map((s) => s.args[0])
  }
}

/** 对话框替身：测试预先排好用户的回答，调用记录在 calls 里。 */
export class FakeDialogs implements DialogPort<FakeWindow> {
  readonly calls: { kind: 'open' | 'save' | 'message'; options: OpenDialogOptions | SaveDialogOptions | MessageBoxOptions }[] = []
  readonly errors: { title: string; content: string }[] = []
  private readonly openAnswers: (string | null)[] = []
  private readonly saveAnswers: (string | null)[] = []
  private readonly messageAnswers: number[] = []

  /** 下一次打开对话框选中的文件（null = 取消）。 */
  willOpen(path: string | null): this {
    this.openAnswers.push(path)
    return this
  }
  willSaveAs(path: string | null): this {
    this.saveAnswers.push(path)
    return this
  }
  /** 下一次询问框点的按钮序号。 */
  willAnswer(button: number): this {
    this.messageAnswers.push(button)
    return this
  }

  async showOpenDialog(_w: FakeWindow, options: OpenDialogOptions) {
    this.calls.push({ kind: 'open', options })
    const path = this.openAnswers.shift() ?? null
    return path ? { canceled: false, filePaths: [path] } : { canceled: true, filePaths: [] }
  }
  async showSaveDialog(_w: FakeWindow, options: SaveDialogOptions) {
    this.calls.push({ kind: 'save', options })
    const path = this.saveAnswers.shift() ?? null
    return path ? { canceled: false, filePath: path } : { canceled: true, filePath: '' }
  }
  async showMessageBox(_w: FakeWindow, options: MessageBoxOptions) {
    this.calls.push({ kind: 'message', options })
    return { response: this.messageAnswers.shift() ?? options.cancelId ?? 0 }
  }
  showErrorBox(title: string, content: string): void {
    this.errors.push({ title, content })
  }
  ofKind(kind: 'open' | 'save' | 'message') {
    return this.calls.filter((c) => c.kind === kind).map((c) => c.options)
  }
}

type Listener = (event: IpcSenderInfo, ...args: unknown[]) => unknown

export class FakeIpcMain implements IpcMainPort {
  readonly handlers = new Map<string, Listener>()
  readonly listeners = new Map<string, Listener>()
  handle(channel: string, listener: Listener): void {
    this.handlers.set(channel, listener)
  }
  on(channel: string, listener: Listener): void {
    this.listeners.set(channel, listener)
  }
}

/** 一个完整的测试环境：临时的“用户数据”和“文档”目录、假的 Electron、真的文件读写。 */
export interface Desk {
  app: DesktopApp<FakeWindow>
  dialogs: FakeDialogs
  ipc: FakeIpcMain
  dir: string
  docs: string
  userData: string
  recent: RecentFiles
  recovery: RecoveryStore
  menus: MenuItemConstructorOptions[][]
  revealed: string[]
  /** savePdf 交给打印的页面（假的 printPdf 记下它，返回一份假 PDF）。 */
  printed: string[]
  windows: FakeWindow[]
  quits: number
  /** 以某窗口页面的身份调用宿主方法（走 IPC 注册、来源检查和参数校验）。 */
  call(window: FakeWindow, method: HostMethod, ...args: unknown[]): Promise<unknown>
  /** 同上，但可以伪造来源（子框架、别的地址）。 */
  callAs(event: IpcSenderInfo, method: HostMethod, ...args: unknown[]): Promise<unknown>
  cleanup(): Promise<void>
}

export async function makeDesk(options: { platform?: NodeJS.Platform; now?: () => Date } = {}): Promise<Desk> {
  const dir = await mkdtemp(join(tmpdir(), 'tongbao-electron-'))
  const docs = join(dir, 'docs')
  const userData = join(dir, 'userData')
  await mkdir(docs, { recursive: true })
  await mkdir(userData, { recursive: true })
  const dialogs = new FakeDialogs()
  const ipc = new FakeIpcMain()
  const recent = new RecentFiles(join(userData, 'recent-files.json'), options.platform ?? 'linux')
  const recovery = new RecoveryStore(join(userData, 'recovery'))
  const menus: MenuItemConstructorOptions[][] = []
  const revealed: string[] = []
  const windows: FakeWindow[] = []
  let focused: FakeWindow | null = null
  const desk: Desk = {
    dir,
    docs,
    userData,
    dialogs,
    ipc,
    recent,
    recovery,
    menus,
    revealed,
    printed: [],
    windows,
    quits: 0,
    app: undefined as unknown as DesktopApp<FakeWindow>,
    async call(window, method, ...args) {
      return desk.callAs({ sender: { id: window.webContents.id }, senderFrame: { url: APP_ENTRY_URL, parent: null } }, method, ...args)
    },
    async callAs(event, method, ...args) {
      const channel = HOST_CHANNELS[method]
      const handler = ipc.handlers.get(channel)
      if (handler) return handler(event, ...args)
      const listener = ipc.listeners.get(channel)
      if (!listener) throw new Error(`no handler for ${channel}`)
      return listener(event, ...args)
    },
    cleanup: () => rm(dir, { recursive: true, force: true }),
  }
  const app = new DesktopApp<FakeWindow>({
    createWindow: () => {
      const w = new FakeWindow()
      w.onClose = () => app.onWindowClose(w)
      w.onClosed = () => app.onWindowClosed(w)
      windows.push(w)
      focused = w
      return w
    },
    focusedWindow: () => focused,
    setApplicationMenu: (template) => void menus.push(template),
    dialogs,
    shell: { showItemInFolder: (p) => void revealed.push(p) },
    recent,
    recovery,
    documentsDir: docs,
    platform: options.platform ?? 'linux',
    printPdf: async (html) => {
      desk.printed.push(html)
      return new TextEncoder().encode('%PDF-1.7 fake')
    },
    development: false,
    quit: () => void desk.quits++,
    about: () => {},
    ...(options.now ? { now: options.now } : {}),
  })
  desk.app = app
  registerIpc(ipc, app.context, appUrlMatcher([APP_ORIGIN]))
  return desk
}

/** 等排队的定时器与微任务跑完（关窗是在保存结果返回之后才做的）。 */
export const settle = () => new Promise<void>((r) => setTimeout(r, 20))

/** 等到条件成立（菜单点击等不返回 Promise 的动作在后台读写文件）；两秒内不成立就失败。 */
export async function until(condition: () => boolean | Promise<boolean>): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if (await condition()) return
    await new Promise((r) => setTimeout(r, 10))
  }
  throw new Error('条件在两秒内没有成立')
}

/** 宿主方法的结果（测试里按需取字段）。 */
export type Saved = Extract<SaveResult, { kind: 'saved' }>
export type AnySave = {
  ok: boolean
  kind?: 'saved' | 'cancelled'
  code?: string
  params?: Record<string, unknown>
  ref?: DocumentRef
  savedAt?: string
}
/** pickFile / readRecent 的结果里的文件。 */
export const fileOf = (r: unknown) => (r as { file: PickedFile | null }).file as PickedFile
/** restoreRecovery 的结果里的工程文本。 */
export const textOf = (r: unknown) => (r as { text: string }).text
