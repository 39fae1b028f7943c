// scripts/slate-decorations.mjs 的类型（Vite 配置与测试从 TypeScript 引用它）。
import type { Plugin as VitePlugin } from 'vite'

export const SLATE_DOM_ENTRY: RegExp
export function patchSlateDecorations(code: string): string
export const slateDecorationsVite: VitePlugin
