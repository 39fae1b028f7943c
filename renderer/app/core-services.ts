/**
 * 渲染进程用到的较重的 core 功能（导出、下一轮）按需加载：docx 等库只在用户第一次导出时下载解析，启动因此更快。
 * 导入与打开工程文件在 Web Worker 里进行（renderer/import/import-job.ts），mammoth 只在 Worker 中加载。校验在每次修改后都要跑，直接静态引入（见 document-screen.tsx）。
 */
import type { Notice } from '../../core/model'
import type { NextRoundMode, NextRoundOptions } from '../../core/next-round/start-next-round'
import type { FontProfileName } from '../../core/spec/font-profiles'

export type DocxProfile = FontProfileName

/** Word：字体方案、红头、版记都取通报的签发稿设置（notice.signOff），见 core/export/options.ts。 */
export async function buildDocx(notice: Notice): Promise<Uint8Array> {
  const { exportDocx } = await import('../../core/export/docx')
  return exportDocx(notice)
}

/** OFD（GB/T 33190）：与 Word 同一份版式与签发稿设置；fflate 与排版只在第一次导出时载入。 */
export async function buildOfd(notice: Notice): Promise<Uint8Array> {
  const { exportOfd } = await import('../../core/export/ofd')
  return exportOfd(notice)
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
