// 宿主方法 revealInFolder：在文件管理器中显示。
import type { TongbaoHost } from '../../../core/bridge/host'
import type { HandlerFactory } from './host-context'

/** 在文件管理器中显示：只对本窗口经对话框得到的路径生效，页面不能借此探测任意路径。 */
export const revealInFolder: HandlerFactory<TongbaoHost['revealInFolder']> = (ctx, state) => async (path) => {
  if (ctx.windows.isKnownPath(state, path)) ctx.shell.showItemInFolder(path)
}
