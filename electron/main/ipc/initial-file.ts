// 宿主方法 initialFile：窗口启动时要打开的文件。
import type { PickedFile, TongbaoHost } from '../../../core/bridge/host'
import type { HandlerFactory } from './host-context'

/** 窗口启动时要打开的文件：交出一次后清空，页面重新加载不会再打开一遍。 */
export const initialFile: HandlerFactory<NonNullable<TongbaoHost['initialFile']>> =
  (_ctx, state) => async (): Promise<PickedFile | null> => {
    const file = state.pendingFile
    state.pendingFile = null
    return file
  }
