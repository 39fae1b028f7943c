// scripts/lodash-debounce-flush.mjs 的类型（Vite 配置与测试从 TypeScript 引用它）。
import type { Plugin as VitePlugin } from 'vite'

export const LODASH_DEBOUNCE: RegExp
export function patchLodashDebounceFlush(code: string): string
export const lodashDebounceFlushVite: VitePlugin
