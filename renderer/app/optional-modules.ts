/// <reference types="vite/client" />
/**
 * 由其他模块提供、可能尚未完成的 core 功能（校验、快速修复、导出、下一轮）。
 * 用 import.meta.glob 按文件是否存在来接入：缺的功能在界面上显示“此功能尚未可用”，而不是让构建失败。
 */
import type { Notice } from '../../core/model'
import type { Finding, Fix } from '../../core/rules/types'

type Loaders = Record<string, () => Promise<Record<string, unknown>>>

const rules = import.meta.glob(['../../core/rules/index.ts', '../../core/rules/apply-fix.ts']) as Loaders
const exporters = import.meta.glob(['../../core/export/index.ts', '../../core/export/docx/index.ts', '../../core/export/html/index.ts']) as Loaders
const nextRound = import.meta.glob(['../../core/next-round/index.ts']) as Loaders

async function find<T>(loaders: Loaders, names: string[]): Promise<T | null> {
  for (const load of Object.values(loaders)) {
    try {
      const mod = await load()
      for (const name of names) if (typeof mod[name] === 'function') return mod[name] as T
    } catch {
      // 模块还在编写中、暂时编译不过：当作不可用。
    }
  }
  return null
}

export type DocxProfile = 'gb2312' | 'gbk' | 'windows'
export interface DocxExportOptions {
  profile: DocxProfile
  redhead: boolean
}
export interface HtmlExportOptions {
  fragment: boolean
}

export const optional = {
  validate: () => find<(n: Notice) => Finding[]>(rules, ['validate']),
  applyFix: () => find<(n: Notice, f: Fix) => Notice>(rules, ['applyFix']),
  docx: async () => {
    const fn = await find<(n: Notice, o: object) => Promise<Uint8Array>>(exporters, ['buildDocx', 'exportDocx'])
    return fn ? (n: Notice, o: DocxExportOptions) => fn(n, { profile: o.profile, ...(o.redhead ? { redhead: true } : {}) }) : null
  },
  html: async () => {
    const fn = await find<(n: Notice, o: object) => string | Uint8Array | Promise<string | Uint8Array>>(exporters, ['buildHtml', 'exportHtml'])
    return fn ? async (n: Notice, o: HtmlExportOptions) => fn(n, { fragment: o.fragment, mode: o.fragment ? 'fragment' : 'page' }) : null
  },
  startNextRound: () => find<(n: Notice) => Notice | { notice: Notice }>(nextRound, ['startNextRound']),
}

export const UNAVAILABLE = '此功能尚未可用'
