// 宿主方法 setDirty：未保存状态与窗口标题。
import type { TongbaoHost } from '../../../core/bridge/host'
import { windowTitle } from '../windows/document-windows'
import type { HandlerFactory } from './host-context'

/** 页面报告有无未保存的修改：更新窗口标题，关闭时据此询问。 */
export const setDirty: HandlerFactory<TongbaoHost['setDirty']> = (_ctx, state) => (dirty, title) => {
  state.dirty = dirty
  state.title = title
  state.window.setTitle(windowTitle(title, dirty))
  state.window.setDocumentEdited?.(dirty)
}
