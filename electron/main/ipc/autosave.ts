// 宿主方法 autosave：自动保存到恢复区。
import type { z } from 'zod'
import type { AutosaveArgsSchema, Result } from '../../../core/bridge/host'
import { TongbaoError } from '../../../core/messages/tongbao-error'
import { projectText, readProjectText } from '../../../core/project/project-file'
import { pathKey } from '../files/recent-files'
import type { HandlerFactory } from './host-context'

/**
 * 自动保存到恢复区（应用数据目录），不碰用户的文件。
 * 副本里记下的文档路径决定恢复后“保存”写到哪里，所以只在页面所说的路径正是本窗口打开/保存过的文件时才记；
 * 页面在同一窗口里新建或从上一轮新建的文档（路径为 null）记为 null，恢复后保存会先问位置。
 */
type AutosaveArgs = z.infer<typeof AutosaveArgsSchema>

/** 经 IPC 到这里的工程内容是字节（preload 把页面交来的 Blob 读成了字节）。 */
export const autosave: HandlerFactory<(...args: AutosaveArgs) => Promise<Result>> = (ctx, state) => async (docKey, ref, bytes, title) => {
  let project
  try {
    project = projectText(bytes)
    readProjectText(project)
  } catch (e) {
    throw new TongbaoError('autosave.invalid-project', { detail: e instanceof TongbaoError ? e.message : '格式不符' }, { cause: e })
  }
  const known = state.ref?.path ?? null
  const documentPath = ref?.path != null && known != null && pathKey(ref.path, ctx.platform) === pathKey(known, ctx.platform) ? known : null
  // 页面正在编辑的已不是本窗口打开过的那个文件（在同一窗口里新建了文档）：那个文件不再算在本窗口名下，
  // 别的窗口可以打开它。这一步在第一次 await 之前做，与之后的打开、保存不会交错。
  if (documentPath === null) state.ref = null
  const file = await ctx.recovery.autosave(docKey, documentPath, project, title, ctx.now())
  state.autosaves.set(docKey, file)
  return { ok: true }
}
