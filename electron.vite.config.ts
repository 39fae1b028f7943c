// electron-vite 的构建配置：主进程、preload、渲染进程各一份产物，都进 out/。
import { resolve } from 'node:path'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'electron-vite'
import { DEPENDENCY_PATCHES, ZOD_FIRST } from './renderer/vite.web.config'

/**
 * electron-vite：主进程、preload、渲染进程三份产物都进 out/。
 * 依赖全部打进产物（只留 electron 与 Node 内置模块在外）：安装包里不需要 node_modules。
 * preload 在沙箱里运行，只能是单个 CommonJS 文件（它本来只引用类型和通道名）。
 */
const root = import.meta.dirname

export default defineConfig({
  main: {
    build: {
      outDir: resolve(root, 'out/main'),
      externalizeDeps: false,
      rolldownOptions: { input: { index: resolve(root, 'electron/main/index.ts') } },
    },
  },
  preload: {
    build: {
      outDir: resolve(root, 'out/preload'),
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: resolve(root, 'electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(root, 'renderer'),
    base: './',
    plugins: [react(), ...DEPENDENCY_PATCHES],
    // 导入的 Web Worker 以 ES 模块构建（同 renderer/vite.web.config.ts）；CSP 的 worker-src 'self' 允许它。
    worker: { format: 'es' },
    // 页面从 renderer/ 之外引用 core/ 与 templates/。
    server: { fs: { allow: [root] } },
    build: {
      outDir: resolve(root, 'out/renderer'),
      rolldownOptions: { input: { index: resolve(root, 'renderer/index.html') }, output: { codeSplitting: { groups: [ZOD_FIRST] } } },
    },
  },
})
