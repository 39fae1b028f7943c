// 读入用户选中的文件（有大小上限，失败时给中文说明）。
import { readFile, stat } from 'node:fs/promises'
import { basename } from 'node:path'
import type { PickedFile } from '../../../core/bridge/host'
import { OpenError } from '../../../core/project/errors'

/** 打开或导入的文件大小上限：远大于任何真实通报，挡住误选的大文件，免得整个读进内存。 */
export const MAX_OPEN_BYTES = 50 * 1024 * 1024

/** 读入用户选中的文件；失败时抛出带中文说明的 OpenError（不改动文件）。 */
export async function readPickedFile(path: string): Promise<PickedFile> {
  let size: number
  try {
    const info = await stat(path)
    if (!info.isFile()) throw new OpenError('unreadable', `所选的不是文件：${path}`)
    size = info.size
  } catch (e) {
    if (e instanceof OpenError) throw e
    throw unreadable(path, e)
  }
  if (size > MAX_OPEN_BYTES) {
    throw new OpenError('too-large', `文件过大（${(size / 1048576).toFixed(1)} MB），不是整改通报。`)
  }
  try {
    const bytes = await readFile(path)
    // 复制成独立的 Uint8Array 再交给渲染进程：结构化克隆会连同视图背后的整个 ArrayBuffer 一起复制。
    return { ref: { path, name: basename(path) }, bytes: new Uint8Array(bytes) }
  } catch (e) {
    throw unreadable(path, e)
  }
}

function unreadable(path: string, e: unknown): OpenError {
  const code = (e as { code?: unknown } | null)?.code
  if (code === 'ENOENT') return new OpenError('unreadable', `找不到文件：${path}（可能已被移动或删除）。`)
  if (code === 'EACCES' || code === 'EPERM') return new OpenError('unreadable', `没有读取该文件的权限：${path}`)
  return new OpenError('unreadable', `无法读取文件：${path}（${typeof code === 'string' ? code : '未知错误'}）`)
}
