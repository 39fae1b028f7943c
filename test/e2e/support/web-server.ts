// 端到端测试与基准用的网页服务器：把渲染进程（浏览器宿主）构建到临时目录，再用 vite preview 在空闲端口上提供。
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer as netServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { build, preview, type PreviewServer } from 'vite'

const CONFIG = resolve(import.meta.dirname, '../../../renderer/vite.web.config.ts')

export interface WebServer {
  url: string
  close(): Promise<void>
}

function freePort(): Promise<number> {
  return new Promise((res, rej) => {
    const s = netServer()
    s.once('error', rej)
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port
      s.close(() => res(port))
    })
  })
}

export async function startWebServer(): Promise<WebServer> {
  const outDir = mkdtempSync(join(tmpdir(), 'tongbao-web-'))
  // TONGBAO_NO_MINIFY=1：不压缩，便于性能剖析时读函数名。
  await build({
    configFile: CONFIG,
    logLevel: 'error',
    build: { outDir, emptyOutDir: true, ...(process.env.TONGBAO_NO_MINIFY ? { minify: false } : {}) },
  })
  const port = await freePort()
  const server: PreviewServer = await preview({
    configFile: CONFIG,
    logLevel: 'error',
    build: { outDir },
    preview: { port, strictPort: true, host: '127.0.0.1' },
  })
  return {
    url: `http://127.0.0.1:${port}/`,
    async close() {
      await new Promise<void>((r) => server.httpServer.close(() => r()))
      rmSync(outDir, { recursive: true, force: true })
    },
  }
}
