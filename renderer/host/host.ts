/** 渲染进程接触宿主的唯一入口：Electron 的 preload 提供 window.tongbao，否则用浏览器宿主。 */
import type { TongbaoHost } from '../../core/bridge/host'
import { createBrowserHost } from './browser-host'
import { saveNameRequest } from './save-name-request'

declare global {
  interface Window {
    tongbao?: TongbaoHost
  }
}

export const host: TongbaoHost = window.tongbao ?? createBrowserHost({ askFileName: saveNameRequest.ask })
