// 宿主方法 discardRecovery：丢弃一份列出的恢复副本。
import type { TongbaoHost } from '../../../core/bridge/host'
import type { HandlerFactory } from './host-context'
import { fail } from './failure'
import { recoveryId } from './list-recovery'

/**
 * 丢弃 listRecovery 列出的一份副本。id 是副本文件名里的摘要，直接对应文件——不再当作编辑会话的键
 * 再算一次摘要（那样算出的是另一个文件，什么也删不掉，副本每次启动都会再出现）。
 * 正在别的窗口里编辑的副本不许丢。
 */
export const discardRecovery: HandlerFactory<TongbaoHost['discardRecovery']> = (ctx, state) => async (id) => {
  const entry = (await ctx.recovery.list()).find((e) => recoveryId(e.file) === id)
  if (!entry) return { ok: true }
  const inUse = ctx.windows.recoveryInUse()
  if (inUse.has(entry.file) && !state.claimedRecovery.has(entry.file) && ![...state.autosaves.values()].includes(entry.file))
    return fail('recovery.in-use')
  await ctx.recovery.remove(entry.file)
  state.claimedRecovery.delete(entry.file)
  return { ok: true }
}
