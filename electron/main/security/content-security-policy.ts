/**
 * 打包后的页面随每个响应带上的安全头。
 * CSP 只运行本程序自带的脚本，不连任何网络地址，不嵌入别的页面。样式要允许内联：
 * React 的 style 属性之外，slate-react 会插入自己的 <style>。字体与图片可用 data:/blob:（导出预览、内嵌字体）。
 * CSP 写成一个字面量赋给响应头，electronegativity 这类静态检查才能读到并评估它。
 */
export const SECURITY_HEADERS: Record<string, string> = { 'X-Content-Type-Options': 'nosniff' }
SECURITY_HEADERS['Content-Security-Policy'] =
  "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; frame-src 'self' blob:; worker-src 'self' blob:; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"

export const CONTENT_SECURITY_POLICY: string = SECURITY_HEADERS['Content-Security-Policy']

/**
 * 开发服务器（electron-vite dev）用的策略：Vite 的热更新要连它的 WebSocket，
 * React Refresh 要一段内联脚本。只在开发时使用，打包后的程序用上面那条。
 */
export function developmentContentSecurityPolicy(devOrigin: string): string {
  const ws = devOrigin.replace(/^http/, 'ws')
  return CONTENT_SECURITY_POLICY.replace("script-src 'self'", `script-src 'self' 'unsafe-inline' ${devOrigin}`).replace(
    "connect-src 'self'",
    `connect-src 'self' ${devOrigin} ${ws}`,
  )
}

/** 给响应头加上（或替换）CSP，其余头不动。用于 session.webRequest.onHeadersReceived。 */
export function withContentSecurityPolicy(headers: Record<string, string[]> | undefined, policy: string): Record<string, string[]> {
  const kept = Object.entries(headers ?? {}).filter(([name]) => name.toLowerCase() !== 'content-security-policy')
  return Object.fromEntries([...kept, ['Content-Security-Policy', [policy]]])
}
