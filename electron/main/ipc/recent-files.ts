// 宿主方法 recentFiles：最近文件列表。
import type { TongbaoHost } from '../../../core/bridge/host'
import type { HandlerFactory } from './host-context'

/** 最近文件列表（已剔除不存在的文件）。 */
export const recentFiles: HandlerFactory<TongbaoHost['recentFiles']> = (ctx) => () => ctx.recent.list()
