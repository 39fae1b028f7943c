// 取 global-setup 启动的共用服务器（关闭由 global-setup 负责）。
import { inject } from 'vitest'
import type { WebServer } from './web-server'
import './global-setup'

export async function sharedWebServer(): Promise<WebServer> {
  return { url: inject('webUrl'), close: async () => {} }
}
