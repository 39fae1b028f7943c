// 浏览器宿主的构建与开发服务器（npm run dev:web / build:web）；Electron 的渲染进程用同一个 renderer/index.html。
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'

// 不引入 node:*（renderer/ 的导入边界），用 URL 求路径。
const dir = (rel: string) => decodeURIComponent(new URL(rel, import.meta.url).pathname)
const root = dir('.')

export default defineConfig({
  root,
  base: './',
  plugins: [react()],
  build: {
    outDir: dir('../out/web'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 4096,
  },
  server: { host: '127.0.0.1', strictPort: false, fs: { allow: [dir('..')] } },
  preview: { host: '127.0.0.1' },
})
