// 驱动打包后的主进程入口：装上假的 electron，按用户的操作触发事件，把观察到的结果以 JSON 打印出来。
import { pathToFileURL } from 'node:url'

const [mainPath, ...files] = process.argv.slice(2)
process.argv = [process.execPath, ...files]
await import(pathToFileURL(mainPath).href)
const f = globalThis.__fakeElectron
const out = { lockRequested: f.lockRequested, privileged: f.privileged, switches: f.switches }
f.makeReady()
const until = async (cond) => {
  for (let i = 0; i < 200 && !cond(); i++) await new Promise((r) => setTimeout(r, 10))
}
await until(() => f.windows.length > 0 && f.menu)
out.quitCalls = f.quitCalls
if (f.windows.length === 0) {
  // 第二个实例：不开窗口，直接退出。
  process.stdout.write('@@RESULT@@' + JSON.stringify({ ...out, windowCount: 0 }))
  process.exit(0)
}
const win = f.windows[0]
const strip = (o) => JSON.parse(JSON.stringify(o))
out.window = { options: strip(win.options), url: win.url }
out.menu = f.menu.map((m) => m.label)
out.channels = [...f.ipcHandle.keys(), ...f.ipcOn.keys()].sort()

// 页面不能跳走，也不能开新窗口。
let prevented = false
win.webContents.handlers['will-navigate']?.({ preventDefault: () => (prevented = true) }, 'https://example.com/')
out.navigationBlocked = prevented
out.windowOpen = win.webContents.openHandler?.({ url: 'https://example.com/' })?.action ?? null

// 会话：权限、远程请求、CSP 头。
out.permission = await new Promise((r) => f.permissionRequest(win.webContents, 'media', r, { requestingUrl: 'tongbao://app/index.html' }))
out.permissionCheck = f.permissionCheck(win.webContents, 'geolocation', 'tongbao://app')
out.remoteRequest = await new Promise((r) => f.beforeRequest({ url: 'https://example.com/x.js' }, r))
out.appRequest = await new Promise((r) => f.beforeRequest({ url: 'tongbao://app/index.html' }, r))

// 自定义协议给出页面，带 CSP。
const res = await f.protocolHandlers.tongbao({ url: 'tongbao://app/index.html', method: 'GET' })
out.page = { status: res.status, csp: res.headers.get('content-security-policy'), body: await res.text() }
const escape = await f.protocolHandlers.tongbao({ url: 'tongbao://app/%2e%2e/main/index.js', method: 'GET' })
out.escapeStatus = escape.status

// 本窗口页面取启动时的文件；陌生来源被拒绝。
const own = { sender: win.webContents, senderFrame: { url: 'tongbao://app/index.html', parent: null } }
const initial = await f.ipcHandle.get('tongbao:initial-file')(own)
out.initialFile = initial && { ref: initial.ref, size: initial.bytes.length }
out.foreign = await f.ipcHandle
  .get('tongbao:recent-files')({ sender: { id: 9999 }, senderFrame: { url: 'tongbao://app/index.html', parent: null } })
  .then(
    (r) => r.code,
    (e) => e.message,
  )

// 第二个实例带来另一个文件：开第二个窗口。
if (files[1]) {
  f.appHandlers['second-instance']?.({}, ['tongbao', files[1]], process.cwd())
  await until(() => f.windows.length > 1)
}
out.windowCount = f.windows.length

// 有未保存修改时关窗：询问，选“取消”则窗口留着。
f.ipcOn.get('tongbao:set-dirty')(own, true, '青山县委整改通报')
out.title = win.title
win.close()
await until(() => f.messageBoxes.length > 0)
out.closeAsked = f.messageBoxes.map((m) => m.buttons)
out.closedAfterCancel = win.closed

process.stdout.write('@@RESULT@@' + JSON.stringify(out))
process.exit(0)
