import { randomBytes } from 'node:crypto'
import { copyFile, open, readdir, rename, rm, stat } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'

/**
 * 原子写入：先写同目录下的临时文件并 fsync，再 rename 覆盖目标。
 * 任何时刻被打断，目标文件要么是旧版本，要么是新版本，不会是半截。
 */
export async function writeFileAtomic(target: string, data: Uint8Array | string, options: { backup?: boolean } = {}): Promise<void> {
  const dir = dirname(target)
  const tmp = join(dir, `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`)
  const handle = await open(tmp, 'wx')
  try {
    await handle.writeFile(data)
    await handle.sync()
  } finally {
    await handle.close()
  }
  try {
    if (options.backup && (await exists(target))) await copyFile(target, target + '.bak')
    await rename(tmp, target)
  } catch (e) {
    await rm(tmp, { force: true })
    throw e
  }
  await syncDir(dir)
  await removeStaleTemps(dir, basename(target))
}

/** 写到一半被打断（断电、崩溃）的保存会留下临时文件；超过这个时间的，不可能还有人在写。 */
const STALE_TEMP_MS = 10 * 60 * 1000

/** 清理同一目标以前被打断时留下的临时文件；只删自己的命名格式，且只删旧的。 */
export async function removeStaleTemps(dir: string, base: string, now = Date.now()): Promise<void> {
  const prefix = `.${base}.`
  let names: string[]
  try {
    names = await readdir(dir)
  } catch {
    return
  }
  for (const name of names) {
    if (!name.startsWith(prefix) || !/\.\d+\.[0-9a-f]{8}\.tmp$/.test(name.slice(base.length + 1))) continue
    const path = join(dir, name)
    try {
      if (now - (await stat(path)).mtimeMs > STALE_TEMP_MS) await rm(path, { force: true })
    } catch {
      // 别的进程刚好删掉或正在写：不影响这次保存
    }
  }
}

async function exists(p: string): Promise<boolean> {
  try {
    await stat(p)
    return true
  } catch {
    return false
  }
}

/** rename 之后同步目录项，断电后新名字仍然在（Windows 不支持打开目录，跳过）。 */
async function syncDir(dir: string): Promise<void> {
  if (process.platform === 'win32') return
  const h = await open(dir, 'r')
  try {
    await h.sync()
  } finally {
    await h.close()
  }
}
