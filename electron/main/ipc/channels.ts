// 主进程与 preload 共用的 IPC 通道名。
import type { TongbaoHost } from '../../../core/bridge/host'

/** 主进程与 preload 共用的 IPC 通道名：桥上每个方法一个通道，名字为 tongbao:短横线名。 */

/** 渲染进程调用、主进程应答的宿主方法（除 platform 与事件订阅外的全部成员）。 */
export type HostMethod = Exclude<keyof TongbaoHost, 'platform' | 'onMenuCommand'>

export const HOST_CHANNELS = {
  pickFile: 'tongbao:pick-file',
  readRecent: 'tongbao:read-recent',
  recentFiles: 'tongbao:recent-files',
  saveProject: 'tongbao:save-project',
  saveExport: 'tongbao:save-export',
  savePdf: 'tongbao:save-pdf',
  revealInFolder: 'tongbao:reveal-in-folder',
  autosave: 'tongbao:autosave',
  discardAutosave: 'tongbao:discard-autosave',
  listRecovery: 'tongbao:list-recovery',
  restoreRecovery: 'tongbao:restore-recovery',
  discardRecovery: 'tongbao:discard-recovery',
  setDirty: 'tongbao:set-dirty',
  setCurrentDocument: 'tongbao:set-current-document',
  initialFile: 'tongbao:initial-file',
} as const satisfies Record<HostMethod, `tongbao:${string}`>

/** 主进程推给渲染进程的菜单命令。 */
export const MENU_COMMAND_CHANNEL = 'tongbao:menu-command'
