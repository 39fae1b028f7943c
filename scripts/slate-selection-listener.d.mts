// scripts/slate-selection-listener.mjs 的类型（Vite 配置与测试从 TypeScript 引用它）。
import type { Plugin as VitePlugin } from 'vite'

export function patchSlateSelectionListener(code: string): string
export const slateSelectionListenerVite: VitePlugin
