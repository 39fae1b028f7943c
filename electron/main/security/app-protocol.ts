// 自定义协议 tongbao://app/：只送出渲染产物目录里的文件，带 CSP。
import { readFile } from 'node:fs/promises'
import { extname, isAbsolute, join, normalize, relative } from 'node:path'
import { SECURITY_HEADERS } from './content-security-policy'

/**
 * 打包后的页面经自定义协议 tongbao://app/ 提供，而不是 file://（Electron 安全清单第 18 条）：
 * 页面只能取到渲染产物目录里的文件，每个响应都带 CSP。
 */
export const APP_SCHEME = 'tongbao'
export const APP_ORIGIN = `${APP_SCHEME}://app`
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`

/** 把 tongbao://app/… 映射到渲染产物目录里的文件；越出该目录或不是本协议的地址返回 null。 */
export function resolveAppFile(url: string, root: string): string | null {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return null
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== 'app') return null
  let pathname: string
  try {
    pathname = decodeURIComponent(parsed.pathname)
  } catch {
    return null
  }
  if (pathname.includes('\0')) return null
  const rel = normalize(pathname === '/' || pathname === '' ? 'index.html' : pathname.replace(/^\/+/, ''))
  const file = join(root, rel)
  const back = relative(root, file)
  if (back === '' || back.startsWith('..') || isAbsolute(back)) return null
  return file
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
}

export function contentType(file: string): string {
  return CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream'
}

/** 协议处理函数：读渲染产物目录里的文件，带上 CSP 和 nosniff；找不到就 404。 */
export async function serveAppRequest(
  request: { url: string; method?: string },
  root: string,
  read: (file: string) => Promise<Uint8Array> = readFile,
): Promise<Response> {
  const headers = { ...SECURITY_HEADERS }
  if (request.method && request.method !== 'GET' && request.method !== 'HEAD') return new Response(null, { status: 405, headers })
  const file = resolveAppFile(request.url, root)
  if (!file) return new Response(null, { status: 404, headers })
  try {
    const body = await read(file)
    return new Response(new Uint8Array(body), { status: 200, headers: { ...headers, 'Content-Type': contentType(file) } })
  } catch {
    return new Response(null, { status: 404, headers })
  }
}
