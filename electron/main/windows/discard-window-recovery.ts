// 删除一个窗口的自动保存副本。
import { rm } from 'node:fs/promises'
import type { HostContext } from '../ipc/host-context'
import type { DocumentWindow, WindowLike } from './document-windows'

/** 正常保存或放心关闭后，删掉本窗口的自动保存副本和它恢复过的旧副本。 */
export async function discardWindowRecovery<W extends WindowLike>(ctx: HostContext<W>, state: DocumentWindow<W>): Promise<void> {
  for (const docKey of state.autosaves.keys()) await ctx.recovery.discard(docKey)
  for (const file of state.claimedRecovery) await rm(file, { force: true })
  state.autosaves.clear()
  state.claimedRecovery.clear()
}
