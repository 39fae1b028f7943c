// 宿主方法 saveExport：保存导出的 Word/网页/整改台账。
import { basename, dirname, join } from 'node:path'
import type { ExportKind, TongbaoHost } from '../../../core/bridge/host'
import { writeFileAtomic } from '../../files/atomic-write'
import { exportFilters, safeFileName, withExtension } from '../files/file-filters'
import { failureOf } from './failure'
import type { HandlerFactory } from './host-context'

/** 每种导出的扩展名与保存对话框标题。 */
const EXTENSION: Record<ExportKind, string> = { docx: 'docx', html: 'html', fragment: 'html', ledger: 'xlsx', ofd: 'ofd' }
const TITLE: Record<ExportKind, string> = {
  docx: '导出 Word 文档',
  html: '导出网页',
  fragment: '导出网页',
  ledger: '导出整改台账',
  ofd: '导出 OFD 版式文档',
}

/** 保存导出的 Word/网页/OFD：弹出保存对话框，原子写入（覆盖已由对话框确认）。 */
export const saveExport: HandlerFactory<TongbaoHost['saveExport']> = (ctx, state) => async (bytes, suggestedName, kind) => {
  const extension = EXTENSION[kind]
  const name = withExtension(safeFileName(suggestedName.replace(/\.(docx|html?|xlsx|ofd)$/i, '')), extension)
  const picked = await ctx.dialogs.showSaveDialog(state.window, {
    title: TITLE[kind],
    defaultPath: join(state.ref?.path ? dirname(state.ref.path) : ctx.documentsDir, name),
    filters: exportFilters(kind),
    properties: ['showOverwriteConfirmation', 'createDirectory'],
  })
  if (picked.canceled || !picked.filePath) return { ok: true, kind: 'cancelled' }
  const path = withExtension(picked.filePath, extension)
  try {
    await writeFileAtomic(path, bytes)
  } catch (e) {
    return failureOf('saveExport', e)
  }
  state.knownPaths.add(path)
  return { ok: true, kind: 'saved', ref: { path, name: basename(path) }, savedAt: ctx.now().toISOString() }
}
