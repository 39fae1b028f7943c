// 宿主方法 pickFile：打开对话框并读入所选文件。
import { dirname, extname } from 'node:path'
import type { TongbaoHost } from '../../../core/bridge/host'
import { OPEN_DIALOG_TITLES, openFilters } from '../files/file-filters'
import { bringToFront } from '../windows/document-windows'
import { adoptOpenedFile } from './adopt-opened-file'
import type { HandlerFactory } from './host-context'

/** 打开/导入/从上一轮新建：弹出打开对话框，读入所选文件的字节。 */
export const pickFile: HandlerFactory<TongbaoHost['pickFile']> = (ctx, state) => async (purpose) => {
  const picked = await ctx.dialogs.showOpenDialog(state.window, {
    title: OPEN_DIALOG_TITLES[purpose],
    defaultPath: state.ref?.path ? dirname(state.ref.path) : ctx.documentsDir,
    filters: openFilters(purpose),
    properties: ['openFile'],
  })
  const path = picked.filePaths[0]
  if (picked.canceled || !path) return { ok: true, file: null }
  // 一个文档一个窗口：已在别的窗口打开的工程文件，切到那个窗口去。
  const other = ctx.windows.byPath(path)
  if (purpose === 'open' && other && other !== state) {
    bringToFront(other.window)
    return { ok: true, file: null }
  }
  state.knownPaths.add(path)
  return { ok: true, file: await adoptOpenedFile(ctx, state, path, purpose === 'open' && extname(path).toLowerCase() === '.tongbao') }
}
