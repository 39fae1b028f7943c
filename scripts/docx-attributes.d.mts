// scripts/docx-attributes.mjs 的类型（Vite 配置与测试从 TypeScript 引用它）。
import type { Plugin as EsbuildPlugin } from 'esbuild'
import type { Plugin as VitePlugin } from 'vite'

export const DOCX_ENTRY: RegExp
export function patchDocxAttributes(code: string): string
export const docxAttributesEsbuild: EsbuildPlugin
export const docxAttributesVite: VitePlugin
