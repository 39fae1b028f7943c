// 宿主方法 listRecovery：可恢复的自动保存副本。
import { basename } from 'node:path'
import type { RecoveryItem, TongbaoHost } from '../../../core/bridge/host'
import type { HandlerFactory } from './host-context'

/** 恢复副本的 id：文件名里的摘要。页面只拿到 id，拿不到恢复区的路径。 */
export function recoveryId(file: string): string {
  return basename(file).replace(/\.autosave\.json$/, '')
}

/** 上次异常退出留下的自动保存副本；正被某个窗口使用的不算。 */
export const listRecovery: HandlerFactory<TongbaoHost['listRecovery']> = (ctx) => async () => {
  const inUse = ctx.windows.recoveryInUse()
  return (await ctx.recovery.list())
    .filter((e) => !inUse.has(e.file))
    .map((e): RecoveryItem => ({ id: recoveryId(e.file), documentPath: e.documentPath, title: e.title, savedAt: e.savedAt }))
}
