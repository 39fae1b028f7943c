import { extname } from 'node:path'
import { importNotice, type ImportResult, isLimitError, MAX_IMPORT_BYTES } from '../../core/import/index'
import { loadProject, readFileLimited } from '../files/project-store'

/** 读入命令行给出的任何输入：.tongbao 工程文件，或可导入的 .txt/.html/.docx。 */
export async function loadInput(path: string): Promise<ImportResult> {
  if (extname(path).toLowerCase() === '.tongbao') {
    // 超出上限的说明要写明是哪个文件（核对在 core 里进行，那里不知道文件名）。
    return loadProject(path).catch((e: unknown) => {
      throw isLimitError(e) ? e.inFile(path) : e
    })
  }
  const bytes = await readFileLimited(path, MAX_IMPORT_BYTES, 'import.too-large')
  return importNotice({ name: path, bytes })
}
