import { readFile, stat } from 'node:fs/promises'
import type { Notice } from '../../core/model/notice'
import { OpenError } from '../../core/project/errors'
import { MAX_PROJECT_BYTES, parseProject, serializeProject } from '../../core/project/project-file'
import { writeFileAtomic } from './atomic-write'

/** 打开工程文件：只读，不改动文件；出错时抛出带中文说明的 OpenError。 */
export async function openProject(path: string): Promise<Notice> {
  let bytes: Uint8Array
  try {
    // 先看大小，误选的大文件不必整个读进内存
    const { size } = await stat(path)
    if (size > MAX_PROJECT_BYTES) throw new OpenError('too-large', `文件过大（${(size / 1048576).toFixed(1)} MB），不是整改通报工程文件。`)
    bytes = await readFile(path)
  } catch (e) {
    if (e instanceof OpenError) throw e
    const code = (e as NodeJS.ErrnoException).code
    throw new OpenError('unreadable', code === 'ENOENT' ? `找不到文件：${path}` : `无法读取文件：${path}（${code ?? '未知错误'}）`)
  }
  return parseProject(bytes)
}

/** 保存：原子写入，并把上一版保留为同名 .bak。 */
export async function saveProject(path: string, notice: Notice): Promise<void> {
  await writeFileAtomic(path, serializeProject(notice), { backup: true })
}
