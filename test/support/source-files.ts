// 源码扫描测试共用：列出仓库中的源文件，找出代码中命中的写法。
import { readdirSync } from 'node:fs'
import { join, relative } from 'node:path'

export const ROOT = join(import.meta.dirname, '../..')

/** dirs 下（相对仓库根）名字合乎 ext 的文件，以相对仓库根、用 / 分隔的路径给出；不进 node_modules。 */
export function sourceFiles(dirs: string[], ext = /\.tsx?$/): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
      const p = join(dir, e.name)
      if (e.isDirectory()) return e.name === 'node_modules' ? [] : walk(p)
      return ext.test(e.name) ? [p] : []
    })
  return dirs.flatMap((d) => walk(join(ROOT, d))).map((f) => relative(ROOT, f).replaceAll('\\', '/'))
}

/** 每个命中的写法取第一处（用于报告）。 */
export function firstMatches(patterns: readonly RegExp[], code: string): string[] {
  return patterns.flatMap((re) => {
    const m = re.exec(code)
    return m ? [m[0]] : []
  })
}
