/**
 * 渲染进程用到的较重的 core 功能（导出、下一轮）按需加载：docx 等库只在用户第一次导出时下载解析，启动因此更快。
 * 导入与打开工程文件在 Web Worker 里进行（renderer/import/import-job.ts），mammoth 只在 Worker 中加载。校验在每次修改后都要跑，直接静态引入（见 document-screen.tsx）。
 */
import type { Notice } from '../../core/model'
import type { NextRoundMode, NextRoundOptions } from '../../core/next-round/start-next-round'
import type { FontProfileName } from '../../core/spec/font-profiles'
import type { Banji, Redhead } from '../../core/export/options'

export type DocxProfile = FontProfileName

export interface DocxExportOptions {
  profile: DocxProfile
  /** 红头（版头）：发文机关标志与发文字号；null 不加（对外公开的版本一般不加） */
  redhead: Redhead | null
  /** 版记（抄送、印发机关、印发日期）：内部签发稿用；null 不加（公开版） */
  banji: Banji | null
}

export async function buildDocx(notice: Notice, options: DocxExportOptions): Promise<Uint8Array> {
  const { exportDocx } = await import('../../core/export/docx')
  return exportDocx(notice, { profile: options.profile, ...(options.redhead ? { redhead: options.redhead } : {}), ...(options.banji ? { banji: options.banji } : {}) })
}

/** 网页：整页（可直接打开、打印）或正文片段（粘贴进网站后台）。 */
export async function buildHtml(notice: Notice, fragment: boolean): Promise<string> {
  const { exportHtmlPage, exportHtmlFragment } = await import('../../core/export/html')
  return fragment ? exportHtmlFragment(notice) : exportHtmlPage(notice)
}

/** 续报（同一次巡视）或新一轮（新的巡视）。 */
export async function nextRound(previous: Notice, mode: NextRoundMode, options: NextRoundOptions = {}) {
  const { startNextRound } = await import('../../core/next-round/start-next-round')
  return startNextRound(previous, mode, options)
}
