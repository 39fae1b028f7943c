import { readFile, stat } from 'node:fs/promises'
import { extname } from 'node:path'
import { importNotice, type ImportResult } from '../../core/import/index'
import { OpenError } from '../../core/project/errors'
import { openProject } from '../files/project-store'

/** 导入时读入的文件大小上限（10 MB 的粘贴之外再留余量）。 */
const MAX_IMPORT_BYTES = 64 * 1024 * 1024

/** 读入命令行给出的任何输入：.tongbao 工程文件，或可导入的 .txt/.html/.docx。 */
export async function loadInput(path: string): Promise<ImportResult> {
  const ext = extname(path).toLowerCase()
  if (ext === '.tongbao') return { notice: await openProject(path), findings: [] }
  let size: number
  try {
    size = (await stat(path)).size
  } catch {
    throw new OpenError('unreadable', `找不到文件：${path}`)
  }
  if (size > MAX_IMPORT_BYTES) throw new OpenError('too-large', `文件过大（${(size / 1048576).toFixed(1)} MB），无法导入。`)
  const bytes = await readFile(path)
  return importNotice({ name: path, bytes })
}
