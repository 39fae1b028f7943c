// 宿主方法 setCurrentDocument：窗口里现在是哪份文档。
import { basename, extname } from 'node:path'
import type { TongbaoHost } from '../../../core/bridge/host'
import type { HandlerFactory } from './host-context'

/**
 * 页面换了文档（新建、打开、导入、从上一轮新建、另存为、恢复）时报告。窗口的文档路径决定
 * “打开同一文件”切到哪个窗口、“保存”直接写到哪里，所以页面说的路径只在它是本窗口经对话框、最近文件
 * 或恢复得到过的工程文件、且没有在别的窗口打开时才采纳；显示名由主进程按路径取。没有路径（新文档、导入的
 * Word/网页、从上一轮新建）时窗口不再占着原来的文件，别的窗口可以打开它，保存时先问位置。
 */
export const setCurrentDocument: HandlerFactory<TongbaoHost['setCurrentDocument']> = (ctx, state) => (ref) => {
  const path = ref?.path ?? null
  if (path === null) {
    state.ref = null
    return
  }
  // 只认工程文件：导入用的 Word/网页和导出的文件也在 knownPaths 里，但绝不能成为“保存”直接覆盖的目标。
  // 不采纳时也不留着原来的路径：窗口里已经不是那份文档了，保存时先问位置。
  const other = ctx.windows.byPath(path)
  const acceptable = extname(path).toLowerCase() === '.tongbao' && ctx.windows.isKnownPath(state, path) && (!other || other === state)
  state.ref = acceptable ? { path, name: basename(path) } : null
}
