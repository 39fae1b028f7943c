// 宿主方法 discardAutosave：删除一个编辑会话的自动保存副本。
import type { TongbaoHost } from '../../../core/bridge/host'
import type { HandlerFactory } from './host-context'

/** 删除本编辑会话的自动保存副本（页面在保存成功或放弃修改后调用）。 */
export const discardAutosave: HandlerFactory<TongbaoHost['discardAutosave']> = (ctx, state) => async (docKey) => {
  await ctx.recovery.discard(docKey)
  state.autosaves.delete(docKey)
  return { ok: true }
}
