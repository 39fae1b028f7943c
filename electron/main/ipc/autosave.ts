import type { TongbaoHost } from '../../../core/bridge/host'
import { parseProject } from '../../../core/project/project-file'
import type { HandlerFactory } from './host-context'

/**
 * 自动保存到恢复区（应用数据目录），不碰用户的文件。记下的文档路径取主进程所知的，
 * 不取页面说的：恢复时会据此决定保存到哪里。
 */
export const autosave: HandlerFactory<TongbaoHost['autosave']> = (ctx, state) => async (docKey, _ref, text, title) => {
  let notice
  try {
    notice = parseProject(new TextEncoder().encode(text))
  } catch (e) {
    throw new Error(`自动保存失败：内容不是有效的整改通报（${e instanceof Error ? e.message : '格式不符'}）。`)
  }
  const file = await ctx.recovery.autosave(docKey, state.ref?.path ?? null, notice, title, ctx.now())
  state.autosaves.set(docKey, file)
}
