/** 文档窗口的 webContents 用到的那一部分（与 Electron 的 WebContents 同形）。 */
export interface GuardedContents {
  on(event: 'will-navigate' | 'will-redirect', listener: (event: { preventDefault(): void }, url: string) => void): unknown
  on(event: 'will-attach-webview', listener: (event: { preventDefault(): void }) => void): unknown
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void
}

/**
 * 页面不能离开本程序：导航到别处、重定向、window.open、<webview> 一律拦下（Electron 安全清单第 13、14 条）。
 * 外部链接也不交给系统浏览器打开——通报编辑器不需要联网。
 */
export function guardWebContents(contents: GuardedContents, isAppUrl: (url: string) => boolean): void {
  const stay = (event: { preventDefault(): void }, url: string) => {
    if (!isAppUrl(url)) event.preventDefault()
  }
  contents.on('will-navigate', stay)
  contents.on('will-redirect', stay)
  contents.on('will-attach-webview', (event) => event.preventDefault())
  contents.setWindowOpenHandler(() => ({ action: 'deny' }))
}

/** 页面可以申请的权限：只有写剪贴板（“复制”按钮）。摄像头、定位、通知等一概拒绝（安全清单第 5 条）。 */
const ALLOWED_PERMISSIONS = new Set(['clipboard-sanitized-write'])

export function isPermissionAllowed(permission: string, requestingUrl: string, isAppUrl: (url: string) => boolean): boolean {
  return ALLOWED_PERMISSIONS.has(permission) && isAppUrl(requestingUrl)
}

/** 本程序页面的地址判断：打包后是 tongbao://app/，开发时是 electron-vite 的开发服务器。 */
export function appUrlMatcher(origins: string[]): (url: string) => boolean {
  return (url) => {
    try {
      const u = new URL(url)
      // 自定义协议的 URL.origin 是 "null"，按协议和主机拼出来比较。
      return origins.includes(`${u.protocol}//${u.host}`)
    } catch {
      return false
    }
  }
}

/**
 * 会话里允许发出的请求：本程序页面与 data:/blob:（以及开发者工具自己的页面）。
 * 其余一律取消——程序不加载任何远程内容，即使页面里混进了外部地址。
 */
export function isAllowedRequest(url: string, isAppUrl: (url: string) => boolean): boolean {
  if (isAppUrl(url)) return true
  const scheme = url.slice(0, url.indexOf(':') + 1).toLowerCase()
  return scheme === 'data:' || scheme === 'blob:' || scheme === 'devtools:'
}
