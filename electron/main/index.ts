/**
 * 主进程入口：只有与 Electron 打交道的接线，逻辑都在不依赖 electron 的模块里（在 Node 下测试）。
 * 这个文件是唯一只能在 Electron 里运行的主进程代码。
 */
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { BrowserWindow, Menu, app, dialog, ipcMain, protocol, session, shell } from 'electron'
import { RecoveryStore } from '../files/recovery'
import { DesktopApp } from './desktop-app'
import { RecentFiles } from './files/recent-files'
import { registerIpc } from './ipc/register-ipc'
import { filesFromArgv } from './launch/files-from-argv'
import { RENDERER_JS_FLAGS } from './launch/renderer-js-flags'
import { APP_ENTRY_URL, APP_ORIGIN, APP_SCHEME, serveAppRequest } from './security/app-protocol'
import { CONTENT_SECURITY_POLICY, developmentContentSecurityPolicy, withContentSecurityPolicy } from './security/content-security-policy'
import { appUrlMatcher, guardWebContents, isAllowedRequest, isPermissionAllowed } from './security/guard-web-contents'
import { createDocumentWindow } from './security/document-window'
import { printToPdf } from './pdf/print-to-pdf'

const here = dirname(fileURLToPath(import.meta.url))
const preloadPath = join(here, '../preload/index.cjs')
const rendererRoot = join(here, '../renderer')
// 只有开发时（electron-vite dev）才从开发服务器加载页面。
const devUrl = app.isPackaged ? undefined : process.env['ELECTRON_RENDERER_URL']
const devOrigin = devUrl ? new URL(devUrl).origin : undefined
const isAppUrl = appUrlMatcher(devOrigin ? [APP_ORIGIN, devOrigin, devOrigin.replace(/^http/, 'ws')] : [APP_ORIGIN])
const policy = devOrigin ? developmentContentSecurityPolicy(devOrigin) : CONTENT_SECURITY_POLICY

// 只对页面进程生效（主进程的 V8 此时已启动）；须在 ready 之前，窗口的进程启动时读取。
// electronegativity 对任何 js-flags 都报“待人工确认”：这里只调新生代大小（main-entry 测试守着只有这一类参数）。
app.commandLine.appendSwitch('js-flags', RENDERER_JS_FLAGS) // eng-disable CUSTOM_ARGUMENTS_JS_CHECK

protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true, codeCache: true } },
])

if (!app.requestSingleInstanceLock()) {
  // 已有实例在运行：它会在 second-instance 里收到本次的参数。
  app.quit()
} else {
  if (process.platform === 'win32') app.setAppUserModelId('cn.tongbao.editor')
  const userData = app.getPath('userData')
  const desktop = new DesktopApp<BrowserWindow>({
    createWindow: () => {
      const win = createDocumentWindow(BrowserWindow, preloadPath, { devTools: !app.isPackaged })
      guardWebContents(win.webContents, isAppUrl)
      win.once('ready-to-show', () => win.show())
      // 页面加载失败时 ready-to-show 不会来：仍把窗口显示出来，免得程序看起来没有启动。
      win.webContents.once('did-fail-load', () => win.show())
      win.on('close', (event) => {
        if (desktop.onWindowClose(win)) event.preventDefault()
      })
      win.on('closed', () => void desktop.onWindowClosed(win))
      win.webContents.on('render-process-gone', (_event, details) => void desktop.rendererGone(win, details.reason))
      win.on('unresponsive', () => void desktop.onUnresponsive(win))
      win.on('responsive', () => desktop.onResponsive(win))
      void win.loadURL(devUrl ?? APP_ENTRY_URL)
      return win
    },
    focusedWindow: () => BrowserWindow.getFocusedWindow(),
    setApplicationMenu: (template) => Menu.setApplicationMenu(Menu.buildFromTemplate(template)),
    dialogs: dialog,
    shell,
    recent: new RecentFiles(join(userData, 'recent-files.json')),
    recovery: new RecoveryStore(join(userData, 'recovery')),
    documentsDir: app.getPath('documents'),
    platform: process.platform,
    // 打印页用单独的内存会话：应用会话只放行 app:// 的请求，打印页是临时文件；页面里没有脚本，也不需要。
    printPdf: async (html) =>
      printToPdf(
        html,
        () =>
          new BrowserWindow({
            show: false,
            webPreferences: {
              partition: 'tongbao-print',
              sandbox: true,
              contextIsolation: true,
              nodeIntegration: false,
              javascript: false,
              disableBlinkFeatures: 'Auxclick',
            },
          }),
        tmpdir(),
      ),
    development: !app.isPackaged,
    quit: () => app.quit(),
    about: () =>
      void dialog.showMessageBox({
        type: 'info',
        title: '关于整改通报编辑器',
        message: '整改通报编辑器',
        detail: `版本 ${app.getVersion()}\n巡视、巡察整改进展情况通报的离线编写、校验与导出工具。`,
      }),
  })
  registerIpc(ipcMain, desktop.context, isAppUrl)

  const pendingOpen: string[] = []
  app.on('open-file', (event, path) => {
    event.preventDefault()
    if (app.isReady()) void desktop.openPaths([path])
    else pendingOpen.push(path)
  })
  app.on('second-instance', (_event, argv, cwd) => void desktop.secondInstance(filesFromArgv(argv, cwd)))
  app.on('before-quit', () => desktop.onBeforeQuit())
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) desktop.newWindow()
  })

  void app.whenReady().then(async () => {
    const ses = session.defaultSession
    ses.setPermissionRequestHandler((_wc, permission, callback, details) =>
      callback(isPermissionAllowed(permission, details.requestingUrl, isAppUrl)),
    )
    ses.setPermissionCheckHandler((_wc, permission, requestingOrigin) => isPermissionAllowed(permission, requestingOrigin, isAppUrl))
    ses.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !isAllowedRequest(details.url, isAppUrl) }))
    ses.webRequest.onHeadersReceived((details, callback) =>
      callback({ responseHeaders: withContentSecurityPolicy(details.responseHeaders, policy) }),
    )
    protocol.handle(APP_SCHEME, (request) => serveAppRequest(request, rendererRoot))
    await desktop.start([...filesFromArgv(process.argv, process.cwd()), ...pendingOpen])
  })
}
