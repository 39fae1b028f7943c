// 关闭有未保存修改的窗口时询问“保存/不保存/取消”。
import type { MessageBoxOptions } from 'electron'
import { MENU_COMMAND_CHANNEL } from '../ipc/channels'
import type { HostContext } from '../ipc/host-context'
import { discardWindowRecovery } from './discard-window-recovery'
import type { DocumentWindow, WindowLike } from './document-windows'

/** 关闭有未保存修改的窗口时的三个按钮，顺序即 showMessageBox 返回的序号。 */
export const CLOSE_BUTTONS = ['保存', '不保存', '取消'] as const
export type CloseChoice = 'save' | 'discard' | 'cancel'
const CHOICES: CloseChoice[] = ['save', 'discard', 'cancel']

export function unsavedChangesDialog(title: string): MessageBoxOptions {
  return {
    type: 'warning',
    title: '整改通报编辑器',
    message: `是否保存对“${title.trim() || '未命名整改通报'}”的修改？`,
    detail: '如果不保存，你的修改将会丢失。',
    buttons: [...CLOSE_BUTTONS],
    defaultId: 0,
    cancelId: 2,
    noLink: true,
  }
}

/** 窗口的 close 事件要不要拦下来询问：有未保存修改且尚未确认。 */
export function mustConfirmClose(state: DocumentWindow): boolean {
  return state.dirty && !state.allowClose
}

/**
 * 询问并照办。保存：让页面走一遍平常的保存（菜单命令 save），保存成功后由 saveProject 关窗；
 * 不保存：删掉自动保存副本后关窗；取消：什么也不做，并放弃正在进行的退出。
 */
export async function confirmClose<W extends WindowLike>(ctx: HostContext<W>, state: DocumentWindow<W>): Promise<CloseChoice> {
  state.confirming = true
  let response: number
  try {
    response = (await ctx.dialogs.showMessageBox(state.window, unsavedChangesDialog(state.title))).response
  } finally {
    state.confirming = false
  }
  const choice = CHOICES[response] ?? 'cancel'
  switch (choice) {
    case 'save':
      state.closeAfterSave = true
      state.window.webContents.send(MENU_COMMAND_CHANNEL, 'save')
      break
    case 'discard':
      await discardWindowRecovery(ctx, state)
      state.allowClose = true
      state.window.close()
      break
    case 'cancel':
      ctx.closeCancelled()
      break
  }
  return choice
}
