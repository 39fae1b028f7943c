import { randomBytes } from 'node:crypto'
import type { Stats } from 'node:fs'
import * as nodeFs from 'node:fs/promises'
import { basename, dirname, join, resolve } from 'node:path'
import { FileError } from './file-error'

/** 原子写入用到的那部分文件句柄。 */
export interface AtomicFileHandle {
  writeFile(data: Uint8Array | string): Promise<void>
  chmod(mode: number): Promise<void>
  sync(): Promise<void>
  close(): Promise<void>
}

/**
 * 原子写入用到的那部分 fs/promises。默认是 Node 的 fs/promises；测试里注入会失败的版本（磁盘满、中途断电），
 * 命令行注入同步的版本（sync-atomic-fs.ts）。
 */
export interface AtomicFs {
  open(path: string, flags: string, mode?: number): Promise<AtomicFileHandle>
  rename(from: string, to: string): Promise<void>
  rm(path: string, options: { force: boolean }): Promise<void>
  stat(path: string): Promise<Stats>
  lstat(path: string): Promise<Stats>
  readlink(path: string): Promise<string>
  realpath(path: string): Promise<string>
  link(existing: string, path: string): Promise<void>
  copyFile(from: string, to: string): Promise<void>
  readdir(path: string): Promise<string[]>
}

export interface AtomicWriteOptions {
  /** 把上一版留作同名 .bak（工程文件保存时用）。 */
  backup?: boolean
  fs?: AtomicFs
}

/** 文件名的字节上限（ext4、NTFS、APFS 都是 255）。 */
const NAME_MAX_BYTES = 255

/**
 * 临时文件的名字：固定前缀加随机数，与目标文件名无关，因而任何合法的文件名（包括 80 个汉字）都能保存；
 * 以点开头，多数文件管理器不显示。
 */
const TEMP_PREFIX = '.~tongbao-'
const TEMP_PATTERN = /^\.~tongbao-[0-9a-f]{12}\.tmp$/
const tempIn = (dir: string) => join(dir, `${TEMP_PREFIX}${randomBytes(6).toString('hex')}.tmp`)

/**
 * 原子写入：先写同目录下的临时文件并 fsync，再 rename 覆盖目标。任何时刻被打断，目标文件要么是旧版本，
 * 要么是新版本，不会是半截；.bak 同样只会是完整的上一版（先硬链接或复制到临时名，再 rename）。
 *
 * - 目标是符号链接时写到它指向的真实文件，链接本身留着；
 * - 保留原文件的权限位；原文件只读时拒绝（FileError 'read-only'），不把只读文件换成可写的；
 * - 写临时文件失败（磁盘满）时立即删掉临时文件，旧的 .bak 原样留着；
 * - 出错一律抛 FileError，带上用户的文件路径（不是临时文件的路径）。
 */
export async function writeFileAtomic(target: string, data: Uint8Array | string, options: AtomicWriteOptions = {}): Promise<void> {
  const fs = options.fs ?? nodeFs
  const real = await realTarget(fs, target)
  const existing = await statOrNull(fs, real, target)
  if (existing?.isDirectory()) throw new FileError('write', 'EISDIR', target)
  // 只读文件：rename 能绕过它的权限（只看文件夹），但那是用户有意设的，不能悄悄换掉。
  if (existing && (existing.mode & 0o222) === 0) throw new FileError('write', 'read-only', target)
  // 新文件按系统默认（umask）；已有文件保留它的权限位。
  const mode = existing ? existing.mode & 0o7777 : null

  const dir = dirname(real)
  const tmp = tempIn(dir)
  await writeTemp(fs, tmp, target, (h) => h.writeFile(data), mode)
  try {
    if (options.backup && existing) await backupAtomic(fs, real, target)
    await fs.rename(tmp, real)
  } catch (e) {
    await fs.rm(tmp, { force: true }).catch(() => undefined)
    throw FileError.from('write', e, target)
  }
  await syncDir(fs, dir)
  await removeStaleTemps(dir, Date.now(), fs)
}

/** 目标的真实路径：跟随符号链接（包括指向尚不存在文件的链接）；目标不存在时就是它本身。 */
async function realTarget(fs: AtomicFs, target: string): Promise<string> {
  let path = resolve(target)
  for (let hops = 0; hops < 40; hops++) {
    let info
    try {
      info = await fs.lstat(path)
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return path
      throw FileError.from('write', e, target)
    }
    if (!info.isSymbolicLink()) {
      // 路径中间的文件夹也可能是链接：交给 realpath 一次解析干净。
      return fs.realpath(path).catch(() => path)
    }
    path = resolve(dirname(path), await fs.readlink(path))
  }
  throw new FileError('write', 'ELOOP', target)
}

async function statOrNull(fs: AtomicFs, path: string, userPath: string) {
  try {
    return await fs.stat(path)
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw FileError.from('write', e, userPath)
  }
}

/** 写一个新的临时文件并落盘；任何一步失败都当场删掉它（磁盘满时不留 1 MB 的孤儿）。 */
async function writeTemp(
  fs: AtomicFs,
  tmp: string,
  userPath: string,
  fill: (h: AtomicFileHandle) => Promise<void>,
  mode: number | null,
): Promise<void> {
  let handle: AtomicFileHandle
  try {
    handle = await fs.open(tmp, 'wx', mode ?? 0o666)
  } catch (e) {
    throw FileError.from('write', e, userPath)
  }
  try {
    await fill(handle)
    // open 的 mode 会被 umask 削去一些位：按原文件的权限补回。
    if (mode !== null) await handle.chmod(mode)
    await handle.sync()
    await handle.close()
  } catch (e) {
    await handle.close().catch(() => undefined)
    await fs.rm(tmp, { force: true }).catch(() => undefined)
    throw FileError.from('write', e, userPath)
  }
}

/**
 * 把当前版本留作 .bak，且 .bak 任何时刻都是完整的：先做一个临时副本（能硬链接就硬链接——不占空间、瞬间完成；
 * U 盘等不支持硬链接的文件系统上复制并 fsync），再 rename 成 .bak。失败时旧的 .bak 原样留着。
 * .bak 的名字超出文件名上限时（近 255 字节的长文件名）不留备份，保存照常进行。
 */
async function backupAtomic(fs: AtomicFs, real: string, userPath: string): Promise<void> {
  const bak = real + '.bak'
  if (new TextEncoder().encode(basename(bak)).length > NAME_MAX_BYTES) return
  const tmp = tempIn(dirname(real))
  try {
    try {
      await fs.link(real, tmp)
    } catch {
      await fs.copyFile(real, tmp)
      const h = await fs.open(tmp, 'r+')
      try {
        await h.sync()
      } finally {
        await h.close()
      }
    }
    await fs.rename(tmp, bak)
  } catch (e) {
    await fs.rm(tmp, { force: true }).catch(() => undefined)
    throw FileError.from('write', e, userPath)
  }
}

/** 写到一半被打断（断电、崩溃）的保存会留下临时文件；超过这个时间的，不可能还有人在写。 */
const STALE_TEMP_MS = 10 * 60 * 1000

/** 清理以前被打断时留下的临时文件；只删自己的命名格式，且只删旧的。 */
export async function removeStaleTemps(dir: string, now = Date.now(), fs: AtomicFs = nodeFs): Promise<void> {
  let names: string[]
  try {
    names = await fs.readdir(dir)
  } catch {
    return
  }
  for (const name of names) {
    if (!TEMP_PATTERN.test(name)) continue
    const path = join(dir, name)
    try {
      if (now - (await fs.stat(path)).mtimeMs > STALE_TEMP_MS) await fs.rm(path, { force: true })
    } catch {
      // 别的进程刚好删掉或正在写：不影响这次保存
    }
  }
}

/** rename 之后同步目录项，断电后新名字仍然在（Windows 不支持打开目录，跳过）。 */
async function syncDir(fs: AtomicFs, dir: string): Promise<void> {
  if (process.platform === 'win32') return
  const h = await fs.open(dir, 'r')
  try {
    await h.sync()
  } finally {
    await h.close()
  }
}
