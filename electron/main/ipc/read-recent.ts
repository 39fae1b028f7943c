// 宿主方法 readRecent：打开最近文件。
import { extname } from 'node:path'
import type { TongbaoHost } from '../../../core/bridge/host'
import { basename } from 'node:path'
import { TongbaoError } from '../../../core/messages/tongbao-error'
import { pathKey } from '../files/recent-files'
import { bringToFront } from '../windows/document-windows'
import { adoptOpenedFile } from './adopt-opened-file'
import type { HandlerFactory } from './host-context'

/** 打开最近文件。只接受最近文件列表里的路径：页面不能借此读任意文件。 */
export const readRecent: HandlerFactory<TongbaoHost['readRecent']> = (ctx, state) => async (path) => {
  if (!(await ctx.recent.includes(path))) throw new TongbaoError('recent.not-listed')
  // list() 会剔除磁盘上已不存在的文件；被剔除的就是被移走或删掉了。
  const key = pathKey(path, ctx.platform)
  if (!(await ctx.recent.list()).some((f) => pathKey(f.path, ctx.platform) === key)) {
    await ctx.recentChanged()
    throw new TongbaoError('recent.missing', { name: basename(path) })
  }
  const other = ctx.windows.byPath(path)
  if (other && other !== state) {
    bringToFront(other.window)
    throw new TongbaoError('file.open-elsewhere', { name: basename(path) })
  }
  state.knownPaths.add(path)
  return { ok: true, file: await adoptOpenedFile(ctx, state, path, extname(path).toLowerCase() === '.tongbao') }
}
