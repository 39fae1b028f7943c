// 假的 electron 模块：只为在 Node 下跑一遍打包后的主进程入口（out/main/index.js），记录它对 Electron 做了什么。
// 测试驱动脚本经 globalThis.__fakeElectron 读取记录、触发事件。
import { join } from 'node:path'

const log = {
  ready: false,
  lockRequested: false,
  quitCalls: 0,
  appHandlers: {},
  windows: [],
  menu: null,
  privileged: null,
  switches: [],
  protocolHandlers: {},
  permissionRequest: null,
  permissionCheck: null,
  beforeRequest: null,
  headersReceived: null,
  ipcHandle: new Map(),
  ipcOn: new Map(),
  messageBoxes: [],
  errors: [],
  messageBoxAnswer: 2,
}
globalThis.__fakeElectron = log

let resolveReady
const readyPromise = new Promise((r) => (resolveReady = r))
log.makeReady = () => {
  log.ready = true
  resolveReady()
}

export const app = {
  isPackaged: true,
  requestSingleInstanceLock() {
    log.lockRequested = true
    return process.env.FAKE_SECOND_INSTANCE !== '1'
  },
  quit() {
    log.quitCalls++
  },
  on(event, handler) {
    log.appHandlers[event] = handler
    return app
  },
  whenReady: () => readyPromise,
  isReady: () => log.ready,
  getPath: (name) => join(process.env.FAKE_HOME, name),
  getVersion: () => '0.0.0-test',
  setAppUserModelId() {},
  commandLine: {
    appendSwitch(name, value) {
      log.switches.push({ name, value, beforeReady: !log.ready })
    },
  },
}

let nextId = 1
class WebContents {
  constructor() {
    this.id = 100 + nextId
    this.handlers = {}
    this.sent = []
    this.openHandler = null
  }
  on(event, handler) {
    this.handlers[event] = handler
    return this
  }
  once(event, handler) {
    return this.on(event, handler)
  }
  setWindowOpenHandler(handler) {
    this.openHandler = handler
  }
  send(channel, ...args) {
    this.sent.push([channel, ...args])
  }
}

export class BrowserWindow {
  static getFocusedWindow() {
    return log.windows.filter((w) => !w.closed).at(-1) ?? null
  }
  static getAllWindows() {
    return log.windows.filter((w) => !w.closed)
  }
  constructor(options) {
    this.id = nextId++
    this.options = options
    this.webContents = new WebContents()
    this.handlers = {}
    this.title = ''
    this.closed = false
    log.windows.push(this)
  }
  on(event, handler) {
    this.handlers[event] = handler
    return this
  }
  once(event, handler) {
    return this.on(event, handler)
  }
  loadURL(url) {
    this.url = url
    return Promise.resolve()
  }
  setTitle(title) {
    this.title = title
  }
  setDocumentEdited() {}
  show() {}
  focus() {}
  isMinimized() {
    return false
  }
  restore() {}
  close() {
    const event = {
      prevented: false,
      preventDefault() {
        this.prevented = true
      },
    }
    this.handlers.close?.(event)
    if (event.prevented) return
    this.closed = true
    this.handlers.closed?.()
  }
}

export const Menu = {
  buildFromTemplate: (template) => ({ template }),
  setApplicationMenu: (menu) => void (log.menu = menu.template),
}

export const dialog = {
  showOpenDialog: async () => ({ canceled: true, filePaths: [] }),
  showSaveDialog: async () => ({ canceled: true, filePath: '' }),
  showMessageBox: async (_window, options) => {
    log.messageBoxes.push(options)
    return { response: log.messageBoxAnswer }
  },
  showErrorBox: (title, content) => void log.errors.push({ title, content }),
}

export const ipcMain = {
  handle: (channel, handler) => void log.ipcHandle.set(channel, handler),
  on: (channel, handler) => void log.ipcOn.set(channel, handler),
}

export const protocol = {
  registerSchemesAsPrivileged: (schemes) => void (log.privileged = { schemes, beforeReady: !log.ready }),
  handle: (scheme, handler) => void (log.protocolHandlers[scheme] = handler),
}

export const session = {
  defaultSession: {
    setPermissionRequestHandler: (h) => void (log.permissionRequest = h),
    setPermissionCheckHandler: (h) => void (log.permissionCheck = h),
    webRequest: {
      onBeforeRequest: (h) => void (log.beforeRequest = h),
      onHeadersReceived: (h) => void (log.headersReceived = h),
    },
  },
}

export const shell = { showItemInFolder() {} }
