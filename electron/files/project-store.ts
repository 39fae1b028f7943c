import { readFile, stat } from 'node:fs/promises'
import { basename } from 'node:path'
import type { Notice } from '../../core/model/notice'
import { OpenError } from '../../core/project/errors'
import { type LoadedProject, MAX_PROJECT_BYTES, readProject, serializeProject, sizeMb } from '../../core/project/project-file'
import type { ProjectVersions } from '../../core/project/versions'
import { writeFileAtomic } from './atomic-write'
import { FileError } from './file-error'

/** 读入文件字节，先看大小（误选的大文件不必整个读进内存）；失败时抛出带编号的错误，不改动文件。 */
export async function readFileLimited(path: string, limit: number, tooLarge: 'open.too-large' | 'import.too-large'): Promise<Uint8Array> {
  let size: number
  try {
    const info = await stat(path)
    if (!info.isFile()) throw new OpenError('open.not-a-file', { name: basename(path) })
    size = info.size
  } catch (e) {
    throw FileError.from('read', e, path)
  }
  if (size > limit) throw new OpenError(tooLarge, { sizeMb: sizeMb(size) })
  try {
    return new Uint8Array(await readFile(path))
  } catch (e) {
    throw FileError.from('read', e, path)
  }
}

/** 打开工程文件：只读，不改动文件；出错时抛出带编号的错误（OpenError 或 FileError）。 */
export async function openProject(path: string): Promise<Notice> {
  return (await loadProject(path)).notice
}

/** 打开工程文件，连同打开时做的修复提示。 */
export async function loadProject(path: string): Promise<LoadedProject> {
  return readProject(await readFileLimited(path, MAX_PROJECT_BYTES, 'open.too-large'))
}

/** 保存：原子写入，并把上一版保留为同名 .bak。改写已有工程时传回读到的 project（标识与版本）。 */
export async function saveProject(path: string, notice: Notice, project?: ProjectVersions): Promise<void> {
  await writeFileAtomic(path, serializeProject(notice, undefined, undefined, project), { backup: true })
}
