// 宿主方法 readRecent：打开最近文件。
import { extname } from 'node:path'
import type { TongbaoHost } from '../../../core/bridge/host'
import { OpenError } from '../../../core/project/errors'
import { pathKey } from '../files/recent-files'
import { bringToFront } from '../windows/document-windows'
import { adoptOpenedFile } from './adopt-opened-file'
import type { HandlerFactory } from './host-context'

/** 打开最近文件。只接受最近文件列表里的路径：页面不能借此读任意文件。 */
export const readRecent: HandlerFactory<TongbaoHost['readRecent']> = (ctx, state) => async (path) => {
  if (!(await ctx.recent.includes(path))) throw new OpenError('unreadable', '该文件不在最近文件列表中，请用“打开”选择它。')
  // list() 会剔除磁盘上已不存在的文件；被剔除的就是被移走或删掉了。
  const key = pathKey(path, ctx.platform)
  if (!(await ctx.recent.list()).some((f) => pathKey(f.path, ctx.platform) === key)) {
    await ctx.recentChanged()
    throw new OpenError('unreadable', `找不到文件：${path}（可能已被移动或删除），已从最近文件列表中移除。`)
  }
  const other = ctx.windows.byPath(path)
  if (other && other !== state) {
    bringToFront(other.window)
    throw new OpenError('unreadable', '该文件已在另一个窗口中打开，已切换到那个窗口。')
  }
  state.knownPaths.add(path)
  return adoptOpenedFile(ctx, state, path, extname(path).toLowerCase() === '.tongbao')
}
