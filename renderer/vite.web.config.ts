// 浏览器宿主的构建与开发服务器（npm run dev:web / build:web）；Electron 的渲染进程用同一个 renderer/index.html。
import react from '@vitejs/plugin-react'
import { defineConfig, type Plugin } from 'vite'
import { docxAttributesVite } from '../scripts/docx-attributes.mjs'
import { lodashDebounceFlushVite } from '../scripts/lodash-debounce-flush.mjs'
import { slateChunkReconcileVite } from '../scripts/slate-chunk-reconcile.mjs'
import { slateDecorationsVite } from '../scripts/slate-decorations.mjs'
import { slateDecorationsByChildVite } from '../scripts/slate-decorations-by-child.mjs'
import { slateSelectionListenerVite } from '../scripts/slate-selection-listener.mjs'

// 不引入 node:*（renderer/ 的导入边界），用 URL 求路径。
const dir = (rel: string) => decodeURIComponent(new URL(rel, import.meta.url).pathname)
const root = dir('.')

/**
 * 浏览器宿主的构建产物带与 Electron 相同思路的严格 CSP（只运行自带脚本、不连外网）。
 * 只在构建时加：开发服务器的热更新需要内联脚本和 WebSocket。Electron 的 CSP 由主进程的协议处理器以响应头给出。
 */
const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'"
const csp: Plugin = {
  name: 'tongbao-web-csp',
  apply: 'build',
  transformIndexHtml: (html) => html.replace('<head>', `<head>\n    <meta http-equiv="Content-Security-Policy" content="${CSP}" />`),
}

/**
 * zod 与关掉它 eval 试探的 zod-jitless.ts 打进同一块：共用的代码块（模型等）先于入口求值，
 * 只有这样 jitless 才在任何解析之前生效（否则 zod 的试探留下一条 CSP 违规）。Electron 的渲染进程配置同用它。
 */
export const ZOD_FIRST = { name: 'zod', test: /[\\/]node_modules[\\/]zod[\\/]|[\\/]renderer[\\/]zod-jitless\.ts$/ }

/**
 * 打包时对依赖源码的替换（scripts/ 里各一份，各有测试：换前换后等价，或在浏览器里看行为）：浏览器宿主与 Electron 的渲染进程用同一份清单，
 * 新加一处替换只改这里。
 */
export const DEPENDENCY_PATCHES: Plugin[] = [
  docxAttributesVite,
  slateDecorationsVite,
  slateChunkReconcileVite,
  slateDecorationsByChildVite,
  slateSelectionListenerVite,
  lodashDebounceFlushVite,
]

export default defineConfig({
  root,
  base: './',
  plugins: [react(), csp, ...DEPENDENCY_PATCHES],
  // 导入的 Web Worker（renderer/import/import-worker.ts）以 ES 模块构建：它与页面共用按需加载的 core 代码块。
  worker: { format: 'es' },
  build: {
    outDir: dir('../out/web'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 4096,
    rolldownOptions: { output: { codeSplitting: { groups: [ZOD_FIRST] } } },
  },
  server: { host: '127.0.0.1', strictPort: false, fs: { allow: [dir('..')] } },
  preview: { host: '127.0.0.1' },
})
