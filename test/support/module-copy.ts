// 依赖的 ES 模块入口原样或换过几处后另存一份再载入（scripts/slate-*.mjs 的替换测试：换前换后对同样的输入比结果）。
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'

/** 包的 dist/index.es.js（slate-dom、slate-react 的 ES 模块入口）。 */
export function esEntryOf(pkg: string): string {
  const root = createRequire(import.meta.url)
    .resolve(pkg)
    .replace(/[\\/]dist[\\/].*$/, '')
  return join(root, 'dist', 'index.es.js')
}

/**
 * 存放副本的目录，在 node_modules 之下：副本对 slate 等的导入照常解析到项目的依赖（同一个实例）。
 * 返回载入函数与清理函数（测试结束时调用）。
 */
export function moduleCopies(name: string): { load<T>(file: string, code: string): Promise<T>; remove(): void } {
  const dir = resolve('node_modules/.cache', name)
  return {
    async load<T>(file: string, code: string): Promise<T> {
      mkdirSync(dir, { recursive: true })
      const path = join(dir, file)
      writeFileSync(path, code)
      return (await import(/* @vite-ignore */ pathToFileURL(path).href)) as T
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  }
}
