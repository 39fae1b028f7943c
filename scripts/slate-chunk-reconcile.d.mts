// scripts/slate-chunk-reconcile.mjs 的类型（Vite 配置与测试从 TypeScript 引用它）。
import type { Plugin as VitePlugin } from 'vite'

export const SLATE_REACT_ENTRY: RegExp
export function patchSlateChunkReconcile(code: string): string
export const slateChunkReconcileVite: VitePlugin
