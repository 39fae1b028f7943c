// 窗口安全选项、CSP、导航与权限、自定义协议。
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { APP_ORIGIN, resolveAppFile, serveAppRequest } from '../../electron/main/security/app-protocol'
import {
  CONTENT_SECURITY_POLICY,
  developmentContentSecurityPolicy,
  withContentSecurityPolicy,
} from '../../electron/main/security/content-security-policy'
import {
  type GuardedContents,
  appUrlMatcher,
  guardWebContents,
  isAllowedRequest,
  isPermissionAllowed,
} from '../../electron/main/security/guard-web-contents'
import type { BrowserWindowConstructorOptions } from 'electron'
import { createDocumentWindow } from '../../electron/main/security/document-window'

/** 页面与系统隔开、不离开本程序、不加载远程内容。 */

const isAppUrl = appUrlMatcher([APP_ORIGIN])

describe('窗口的 webPreferences', () => {
  class RecordingWindow {
    constructor(readonly options: BrowserWindowConstructorOptions) {}
  }
  const prefs = createDocumentWindow(RecordingWindow, '/app/out/preload/index.cjs', { devTools: false }).options.webPreferences!
  it('上下文隔离、沙箱开，Node 集成关，网页安全开', () => {
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      devTools: false,
      disableBlinkFeatures: 'Auxclick',
    })
    expect(prefs.preload).toBe('/app/out/preload/index.cjs')
  })
})

/** 把 CSP 拆成 指令 → 来源 的表。 */
const directives = (policy: string) =>
  new Map(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .map(([name, ...sources]) => [name!, sources]),
  )

describe('内容安全策略', () => {
  const csp = directives(CONTENT_SECURITY_POLICY)
  it('默认一律不许，脚本只能来自本程序，不许内联脚本和 eval', () => {
    expect(csp.get('default-src')).toEqual(["'none'"])
    expect(csp.get('script-src')).toEqual(["'self'"])
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval/)
  })
  it('不许连接、嵌入或提交到任何网络地址', () => {
    for (const [, sources] of csp) for (const s of sources) expect(s).not.toMatch(/^(https?:|wss?:|\*)/)
    expect(csp.get('object-src')).toEqual(["'none'"])
    expect(csp.get('base-uri')).toEqual(["'none'"])
    expect(csp.get('form-action')).toEqual(["'none'"])
  })
  it('开发时只多放开开发服务器本身', () => {
    const dev = directives(developmentContentSecurityPolicy('http://localhost:5173'))
    expect(dev.get('connect-src')).toEqual(["'self'", 'http://localhost:5173', 'ws://localhost:5173'])
    expect(dev.get('default-src')).toEqual(["'none'"])
  })
  it('响应头里原有的 CSP 被替换，其他头保留', () => {
    const headers = withContentSecurityPolicy(
      { 'content-security-policy': ['default-src *'], 'Content-Type': ['text/html'] },
      CONTENT_SECURITY_POLICY,
    )
    expect(headers).toEqual({ 'Content-Type': ['text/html'], 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] })
  })
})

describe('导航与新窗口', () => {
  type Listener = (event: { preventDefault(): void }, url?: string) => void
  function fakeContents() {
    const listeners = new Map<string, Listener>()
    let openHandler: ((d: { url: string }) => { action: string }) | undefined
    const contents = {
      on: (event: string, listener: Listener) => listeners.set(event, listener),
      setWindowOpenHandler: (h: (d: { url: string }) => { action: 'deny' }) => void (openHandler = h),
    } as unknown as GuardedContents
    guardWebContents(contents, isAppUrl)
    const attempt = (event: string, url?: string) => {
      let prevented = false
      listeners.get(event)!({ preventDefault: () => void (prevented = true) }, url)
      return prevented
    }
    return { attempt, open: (url: string) => openHandler!({ url }).action }
  }

  it('页面不能跳到外部网站或本地文件', () => {
    const c = fakeContents()
    expect(c.attempt('will-navigate', 'https://example.com/')).toBe(true)
    expect(c.attempt('will-navigate', 'file:///etc/passwd')).toBe(true)
    expect(c.attempt('will-redirect', 'http://127.0.0.1/')).toBe(true)
    expect(c.attempt('will-navigate', `${APP_ORIGIN}/index.html`)).toBe(false)
  })
  it('window.open 一律拒绝，<webview> 不许挂载', () => {
    const c = fakeContents()
    expect(c.open('https://example.com/')).toBe('deny')
    expect(c.open(`${APP_ORIGIN}/index.html`)).toBe('deny')
    expect(c.attempt('will-attach-webview')).toBe(true)
  })
  it('权限只给本程序页面的写剪贴板', () => {
    expect(isPermissionAllowed('clipboard-sanitized-write', `${APP_ORIGIN}/index.html`, isAppUrl)).toBe(true)
    for (const p of ['media', 'geolocation', 'notifications', 'openExternal', 'midi', 'clipboard-read']) {
      expect(isPermissionAllowed(p, `${APP_ORIGIN}/index.html`, isAppUrl)).toBe(false)
    }
    expect(isPermissionAllowed('clipboard-sanitized-write', 'https://example.com/', isAppUrl)).toBe(false)
  })
  it('会话里的远程请求一律取消', () => {
    expect(isAllowedRequest(`${APP_ORIGIN}/assets/index.js`, isAppUrl)).toBe(true)
    expect(isAllowedRequest('data:image/png;base64,AAAA', isAppUrl)).toBe(true)
    expect(isAllowedRequest('https://cdn.example.com/font.woff2', isAppUrl)).toBe(false)
    expect(isAllowedRequest('http://localhost:5173/', isAppUrl)).toBe(false)
    expect(isAllowedRequest('file:///etc/passwd', isAppUrl)).toBe(false)
  })
})

describe('tongbao://app/ 协议', () => {
  let root: string
  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'tongbao-proto-'))
    await mkdir(join(root, 'renderer', 'assets'), { recursive: true })
    await writeFile(join(root, 'renderer', 'index.html'), '<!doctype html><title>整改通报编辑器</title>')
    await writeFile(join(root, 'renderer', 'assets', 'app.js'), 'console.log(1)')
    await writeFile(join(root, 'secret.txt'), 'secret')
  })
  afterAll(() => rm(root, { recursive: true, force: true }))

  it('给出渲染产物目录里的文件，带 CSP 与正确的类型', async () => {
    const r = join(root, 'renderer')
    const page = await serveAppRequest({ url: `${APP_ORIGIN}/`, method: 'GET' }, r)
    expect(page.status).toBe(200)
    expect(page.headers.get('content-type')).toMatch(/^text\/html/)
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY)
    expect(await page.text()).toContain('整改通报编辑器')
    const script = await serveAppRequest({ url: `${APP_ORIGIN}/assets/app.js` }, r)
    expect(script.headers.get('content-type')).toMatch(/^text\/javascript/)
    expect(script.headers.get('x-content-type-options')).toBe('nosniff')
  })

  it.each([
    `${APP_ORIGIN}/../secret.txt`,
    `${APP_ORIGIN}/%2e%2e/secret.txt`,
    `${APP_ORIGIN}/assets/%2e%2e%2f%2e%2e%2fsecret.txt`,
    `${APP_ORIGIN}/..%5csecret.txt`,
    'tongbao://other/index.html',
    'file:///etc/passwd',
    `${APP_ORIGIN}/missing.js`,
    `${APP_ORIGIN}/%E0%A4%A`,
  ])('%s 取不到目录外或不存在的文件', async (url) => {
    const res = await serveAppRequest({ url }, join(root, 'renderer'))
    expect(res.status).toBe(404)
    expect(await res.text()).not.toContain('secret')
  })

  it('只接受读取', async () => {
    expect((await serveAppRequest({ url: `${APP_ORIGIN}/`, method: 'POST' }, join(root, 'renderer'))).status).toBe(405)
  })

  it('路径解析不越出根目录', () => {
    expect(resolveAppFile(`${APP_ORIGIN}/a/b.js`, '/r')).toBe('/r/a/b.js')
    for (const url of [
      `${APP_ORIGIN}/a/%2e%2e/%2e%2e/x`,
      `${APP_ORIGIN}/a/..%2f..%2fx`,
      `${APP_ORIGIN}//etc/passwd`,
      `${APP_ORIGIN}/%00`,
    ]) {
      const file = resolveAppFile(url, '/r')
      if (file !== null) expect(file.startsWith('/r/')).toBe(true)
    }
    expect(resolveAppFile(`${APP_ORIGIN}/a/..%2f..%2fx`, '/r')).toBeNull()
  })
})
