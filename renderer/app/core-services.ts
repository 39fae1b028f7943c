/**
 * 渲染进程用到的较重的 core 功能（导出、导入、下一轮）按需加载：docx、mammoth 等库只在用户第一次导出或导入时下载解析，
 * 启动和打开工程文件因此更快。校验在每次修改后都要跑，直接静态引入（见 document-screen.tsx）。
 */
import type { Notice } from '../../core/model'
import type { FontProfileName } from '../../core/spec/font-profiles'

export type DocxProfile = FontProfileName

export interface DocxExportOptions {
  profile: DocxProfile
  /** 加红头（版头）；对外公开的版本一般不加 */
  redhead: boolean
}

export async function buildDocx(notice: Notice, options: DocxExportOptions): Promise<Uint8Array> {
  const { exportDocx } = await import('../../core/export/docx')
  return exportDocx(notice, { profile: options.profile, ...(options.redhead ? { redhead: true as const } : {}) })
}

/** 网页：整页（可直接打开、打印）或正文片段（粘贴进网站后台）。 */
export async function buildHtml(notice: Notice, fragment: boolean): Promise<string> {
  const { exportHtmlPage, exportHtmlFragment } = await import('../../core/export/html')
  return fragment ? exportHtmlFragment(notice) : exportHtmlPage(notice)
}

export async function importFile(name: string, bytes: Uint8Array) {
  const { importNotice } = await import('../../core/import')
  return importNotice({ name, bytes })
}

export async function nextRound(previous: Notice) {
  const { startNextRoundWithReport } = await import('../../core/next-round')
  return startNextRoundWithReport(previous)
}
