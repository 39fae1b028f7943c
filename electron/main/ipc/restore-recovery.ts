// 宿主方法 restoreRecovery：取回一份自动保存副本。
import { basename } from 'node:path'
import type { TongbaoHost } from '../../../core/bridge/host'
import { TongbaoError } from '../../../core/messages/tongbao-error'
import { serializeProject } from '../../../core/project/project-file'
import type { HandlerFactory } from './host-context'
import { recoveryId } from './list-recovery'

/**
 * 取回一份自动保存副本的工程文本。副本归本窗口所有，直到正常保存或关闭时删除；
 * 它原来对应的工程文件（若没在别的窗口打开）成为本窗口的文档路径，“保存”就写回原处。
 */
export const restoreRecovery: HandlerFactory<TongbaoHost['restoreRecovery']> = (ctx, state) => async (id) => {
  const inUse = ctx.windows.recoveryInUse()
  const entry = (await ctx.recovery.list()).find((e) => recoveryId(e.file) === id)
  if (!entry || (inUse.has(entry.file) && !state.claimedRecovery.has(entry.file))) {
    throw new TongbaoError(entry ? 'recovery.in-use' : 'recovery.missing')
  }
  const { notice, project } = await ctx.recovery.restore(entry.file)
  state.claimedRecovery.add(entry.file)
  if (entry.documentPath && !ctx.windows.byPath(entry.documentPath)) {
    state.ref = { path: entry.documentPath, name: basename(entry.documentPath) }
    state.knownPaths.add(entry.documentPath)
  }
  return { ok: true, text: serializeProject(notice, entry.savedAt, 'tongbao', project) }
}
