// 宿主方法 savePdf：把打印页打印成 PDF 并保存（桌面版）。
import { basename, dirname, join } from 'node:path'
import type { TongbaoHost } from '../../../core/bridge/host'
import { writeFileAtomic } from '../../files/atomic-write'
import { safeFileName, withExtension } from '../files/file-filters'
import { failureOf } from './failure'
import type { HandlerFactory } from './host-context'

/** 先问保存到哪里（取消就不打印），再打印、原子写入。 */
export const savePdf: HandlerFactory<TongbaoHost['savePdf']> = (ctx, state) => async (html, suggestedName) => {
  const name = withExtension(safeFileName(suggestedName.replace(/\.pdf$/i, '')), 'pdf')
  const picked = await ctx.dialogs.showSaveDialog(state.window, {
    title: '导出 PDF',
    defaultPath: join(state.ref?.path ? dirname(state.ref.path) : ctx.documentsDir, name),
    filters: [{ name: 'PDF 文档', extensions: ['pdf'] }],
    properties: ['showOverwriteConfirmation', 'createDirectory'],
  })
  if (picked.canceled || !picked.filePath) return { ok: true, kind: 'cancelled' }
  const path = withExtension(picked.filePath, 'pdf')
  try {
    await writeFileAtomic(path, await ctx.printPdf(html))
  } catch (e) {
    return failureOf('savePdf', e)
  }
  state.knownPaths.add(path)
  return { ok: true, kind: 'saved', ref: { path, name: basename(path) }, savedAt: ctx.now().toISOString() }
}
