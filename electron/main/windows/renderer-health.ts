// 页面进程崩溃或卡住时问用户：等一等，还是重新加载并从自动保存恢复。
import type { MessageBoxOptions } from 'electron'
import type { HostContext } from '../ipc/host-context'
import type { DocumentWindow, WindowLike } from './document-windows'

/** 页面进程退出的原因里，正常退出（关窗、退出程序）不必问。 */
const NORMAL_EXITS = new Set(['clean-exit'])

export const GONE_BUTTONS = ['重新加载', '关闭窗口'] as const
export const UNRESPONSIVE_BUTTONS = ['等待', '重新加载'] as const

const docTitle = (state: DocumentWindow) => state.title.trim() || '未命名整改通报'

export function rendererGoneDialog(state: DocumentWindow): MessageBoxOptions {
  return {
    type: 'error',
    title: '整改通报编辑器',
    message: `“${docTitle(state)}”的编辑页面意外退出了。`,
    detail: '修改每隔几秒自动保存一次。重新加载后，在开始页的“恢复未保存的文档”中可以找回（最后几秒的输入可能没有保存上）。',
    buttons: [...GONE_BUTTONS],
    defaultId: 0,
    cancelId: 1,
    noLink: true,
  }
}

export function unresponsiveDialog(state: DocumentWindow, signal: AbortSignal): MessageBoxOptions {
  return {
    type: 'warning',
    title: '整改通报编辑器',
    message: `“${docTitle(state)}”的编辑页面没有响应。`,
    detail: '可能正在处理很大的文档，可以等一等。也可以重新加载页面，再从自动保存恢复（最后几秒的输入可能没有保存上）。',
    buttons: [...UNRESPONSIVE_BUTTONS],
    defaultId: 0,
    cancelId: 0,
    noLink: true,
    signal,
  }
}

/**
 * 页面进程没了：它的自动保存副本已不归任何页面所有（DesktopApp.onRendererGone 已放开），
 * 问用户重新加载（在开始页恢复）还是关窗。正常退出不问。
 */
export async function offerReloadAfterCrash<W extends WindowLike>(
  ctx: HostContext<W>,
  state: DocumentWindow<W>,
  reason: string,
): Promise<'reload' | 'close' | 'none'> {
  if (NORMAL_EXITS.has(reason) || state.restarting) {
    state.restarting = false
    return 'none'
  }
  const { response } = await ctx.dialogs.showMessageBox(state.window, rendererGoneDialog(state))
  if (response === 0) {
    reloadPage(state)
    return 'reload'
  }
  state.window.close()
  return 'close'
}

/**
 * 页面卡住：问等待还是重新加载。页面恢复响应时（responsive 事件）询问框自动收起。
 * 选重新加载：放开自动保存副本（让开始页能列出它），强制结束卡住的页面进程再加载——不弹“意外退出”的询问。
 */
export async function offerReloadWhenUnresponsive<W extends WindowLike>(
  ctx: HostContext<W>,
  state: DocumentWindow<W>,
  release: () => void,
): Promise<'wait' | 'reload'> {
  if (state.unresponsive) return 'wait'
  const abort = new AbortController()
  state.unresponsive = abort
  let response = 0
  try {
    response = (await ctx.dialogs.showMessageBox(state.window, unresponsiveDialog(state, abort.signal))).response
  } catch {
    response = 0 // 询问框被收起（页面恢复了响应）
  } finally {
    state.unresponsive = null
  }
  if (abort.signal.aborted || response !== 1) return 'wait'
  release()
  state.restarting = true
  state.window.webContents.forcefullyCrashRenderer?.()
  reloadPage(state)
  return 'reload'
}

/** 重新加载出的是开始页：没有未保存的修改，关窗时照常询问新的修改。 */
function reloadPage(state: DocumentWindow): void {
  state.dirty = false
  state.allowClose = false
  state.window.webContents.reload?.()
}

/** 页面恢复了响应：收起还开着的询问框。 */
export function rendererResponsive(state: DocumentWindow): void {
  state.unresponsive?.abort()
}
