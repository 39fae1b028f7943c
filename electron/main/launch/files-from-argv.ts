// 从进程参数里找出要打开的文件（文件关联、命令行、第二个实例）。
import { extname, isAbsolute, resolve } from 'node:path'

/** 能从命令行或文件关联打开的扩展名：工程文件直接打开，其余交给页面导入。 */
const OPENABLE = new Set(['.tongbao', '.docx', '.txt', '.html', '.htm'])

/**
 * 从进程参数里找出要打开的文件。参数里还有可执行文件本身、开发时的入口脚本（"."、out/main/index.js）
 * 和 Chromium 开关（--foo），按扩展名和前缀排除；相对路径按启动时的工作目录解析。
 * 第二个实例转来的 argv 也用它解析（那时的工作目录是第二个实例的）。
 */
export function filesFromArgv(argv: readonly string[], cwd: string): string[] {
  const out: string[] = []
  for (const arg of argv.slice(1)) {
    if (arg.startsWith('-') || !OPENABLE.has(extname(arg).toLowerCase())) continue
    const path = isAbsolute(arg) ? arg : resolve(cwd, arg)
    if (!out.includes(path)) out.push(path)
  }
  return out
}
