// 读入用户选中的文件（有大小上限，失败时抛出带编号的错误）。
import { basename } from 'node:path'
import type { PickedFile } from '../../../core/bridge/host'
import { readFileLimited } from '../../files/project-store'

/** 打开或导入的文件大小上限：远大于任何真实通报，挡住误选的大文件，免得整个读进内存。 */
export const MAX_OPEN_BYTES = 50 * 1024 * 1024

/** 读入用户选中的文件；失败时抛出 OpenError/FileError（不改动文件）。 */
export async function readPickedFile(path: string): Promise<PickedFile> {
  // 复制成独立的 Uint8Array 再交给渲染进程：结构化克隆会连同视图背后的整个 ArrayBuffer 一起复制。
  const bytes = await readFileLimited(path, MAX_OPEN_BYTES, 'open.too-large')
  return { ref: { path, name: basename(path) }, bytes }
}
