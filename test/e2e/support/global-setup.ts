// 端到端测试共用一个构建：整个运行只构建一次浏览器宿主并启动一个预览服务器，各测试文件共用其地址。
import type { TestProject } from 'vitest/node'
import { startWebServer } from './web-server'

declare module 'vitest' {
  export interface ProvidedContext {
    webUrl: string
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const server = await startWebServer()
  project.provide('webUrl', server.url)
  return () => server.close()
}
