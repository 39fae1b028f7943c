// 注册全部宿主方法：来源检查、参数校验、异常转成失败值。
import type { z } from 'zod'
import type { Failure } from '../../../core/bridge/host'
import { HOST_CHANNELS, type HostMethod } from './channels'
import { type IpcSenderInfo, fromOwnWindow } from './from-own-window'
import type { HandlerFactory, HostContext } from './host-context'
import { PAYLOAD_SCHEMAS } from './payload-schemas'
import type { WindowLike } from '../windows/document-windows'
import { autosave } from './autosave'
import { discardAutosave } from './discard-autosave'
import { discardRecovery } from './discard-recovery'
import { fail, failureOf } from './failure'
import { initialFile } from './initial-file'
import { listRecovery } from './list-recovery'
import { pickFile } from './pick-file'
import { readRecent } from './read-recent'
import { recentFiles } from './recent-files'
import { restoreRecovery } from './restore-recovery'
import { revealInFolder } from './reveal-in-folder'
import { saveExport } from './save-export'
import { savePdf } from './save-pdf'
import { saveProject } from './save-project'
import { setCurrentDocument } from './set-current-document'
import { setDirty } from './set-dirty'

/** ipcMain 的那一部分（与 Electron 的 ipcMain 同形）。 */
export interface IpcMainPort {
  handle(channel: string, listener: (event: IpcSenderInfo, ...args: unknown[]) => unknown): void
  on(channel: string, listener: (event: IpcSenderInfo, ...args: unknown[]) => void): void
}

type Args<M extends HostMethod> = z.infer<(typeof PAYLOAD_SCHEMAS)[M]>
type Handler<M extends HostMethod> = HandlerFactory<(...args: Args<M>) => unknown>

/** 每个宿主方法的处理函数；类型检查保证参数与 PAYLOAD_SCHEMAS 一致。 */
const HANDLERS: { [M in HostMethod]: Handler<M> } = {
  pickFile,
  readRecent,
  recentFiles,
  saveProject,
  saveExport,
  savePdf,
  revealInFolder,
  autosave,
  discardAutosave,
  listRecovery,
  restoreRecovery,
  discardRecovery,
  setDirty,
  setCurrentDocument,
  initialFile,
}

/** 不回应值的方法走 send/on，其余走 invoke/handle。 */
const FIRE_AND_FORGET = new Set<HostMethod>(['setDirty', 'setCurrentDocument'])

/**
 * 注册所有宿主方法。每条消息先核对来源是本程序的窗口，再用 zod 校验参数；
 * 不合格的 invoke 得到失败值（编号），不合格的 send 直接丢弃。处理函数抛出的异常也变成失败值：
 * 桥上只走值，页面从不需要捕获异常、更不需要看错误文字。
 */
export function registerIpc<W extends WindowLike>(ipc: IpcMainPort, ctx: HostContext<W>, isAppUrl: (url: string) => boolean): void {
  for (const method of Object.keys(HOST_CHANNELS) as HostMethod[]) {
    const channel = HOST_CHANNELS[method]
    const dispatch = (event: IpcSenderInfo, args: unknown[]): { ok: true; run: () => unknown } | Failure => {
      const state = fromOwnWindow(ctx.windows, isAppUrl, event)
      if (!state) return fail('host.rejected-sender')
      const parsed = PAYLOAD_SCHEMAS[method].safeParse(args)
      if (!parsed.success) return fail('host.bad-arguments')
      // 方法与模式按同一个键取出，类型上已对应；这里的断言只是把联合类型收回到单个方法。
      const handler = (HANDLERS[method] as Handler<HostMethod>)(ctx, state) as (...a: unknown[]) => unknown
      return { ok: true, run: () => handler(...(parsed.data as unknown[])) }
    }
    if (FIRE_AND_FORGET.has(method)) {
      ipc.on(channel, (event, ...args) => {
        const d = dispatch(event, args)
        if (d.ok) d.run()
      })
    } else {
      ipc.handle(channel, async (event, ...args) => {
        const d = dispatch(event, args)
        if (!d.ok) return d
        try {
          return await d.run()
        } catch (e) {
          return failureOf(channel, e)
        }
      })
    }
  }
}
