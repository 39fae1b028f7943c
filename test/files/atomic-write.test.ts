// 保存不毁文件：符号链接、权限、只读、长文件名、磁盘满（注入的 fs）、备份的原子性。同步版（命令行用）与异步版行为相同。
import * as realFs from 'node:fs/promises'
import {
  chmodSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { TongbaoError } from '../../core/messages/tongbao-error'
import { type AtomicFs, writeFileAtomic } from '../../electron/files/atomic-write'
import { syncAtomicFs } from '../../electron/files/sync-atomic-fs'

const fresh = () => mkdtempSync(join(tmpdir(), 'tongbao-atomic-'))
const noTemps = (dir: string) => expect(readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([])

function enospc(): NodeJS.ErrnoException {
  return Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC', errno: -28, syscall: 'write' })
}

/** 真实的 fs，但写临时文件写到一半时磁盘满。 */
const fullWhileWriting: AtomicFs = {
  ...realFs,
  open: (async (path: string, flags?: string, mode?: number) => {
    const h = await realFs.open(path, flags, mode)
    if (flags !== 'wx') return h
    // 先真的写进 1 MB 再报磁盘满：若不清理，临时文件就成了孤儿。
    const writeFile = async () => {
      await h.write(new Uint8Array(1024 * 1024))
      throw enospc()
    }
    return Object.assign(Object.create(Object.getPrototypeOf(h) as object), h, {
      writeFile,
      close: () => h.close(),
      sync: () => h.sync(),
      chmod: (m: number) => h.chmod(m),
    })
  }) as AtomicFs['open'],
}

/** 不支持硬链接（U 盘的 FAT 文件系统），复制备份时磁盘满。 */
const fullWhileCopyingBackup: AtomicFs = {
  ...realFs,
  link: async () => {
    throw Object.assign(new Error('EPERM: operation not permitted, link'), { code: 'EPERM' })
  },
  copyFile: async (src, dest) => {
    await realFs.writeFile(dest, readFileSync(src as string).subarray(0, 10))
    throw enospc()
  },
}

async function failure(p: Promise<unknown>): Promise<TongbaoError> {
  const e = await p.then(
    () => null,
    (err: unknown) => err,
  )
  expect(e).toBeInstanceOf(TongbaoError)
  return e as TongbaoError
}

describe.each<[string, AtomicFs | undefined]>([
  ['fs/promises（界面）', undefined],
  ['同步（命令行，sync-atomic-fs.ts）', syncAtomicFs],
])('原子写入：%s', (_, fs) => {
  it('目标是符号链接：写到它指向的真实文件，链接本身留着；.bak 在真实文件旁边', async () => {
    const dir = fresh()
    mkdirSync(join(dir, 'real'))
    const real = join(dir, 'real', '通报.tongbao')
    writeFileSync(real, '第一版')
    const link = join(dir, '桌面上的链接.tongbao')
    symlinkSync(real, link)
    await writeFileAtomic(link, '第二版', { backup: true, fs })
    expect(lstatSync(link).isSymbolicLink()).toBe(true)
    expect(readlinkSync(link)).toBe(real)
    expect(readFileSync(real, 'utf8')).toBe('第二版')
    expect(readFileSync(real + '.bak', 'utf8')).toBe('第一版')
    noTemps(dir)
    noTemps(join(dir, 'real'))
  })

  it('保留原文件的权限位（0640 仍是 0640，不被 umask 或新建的临时文件改掉）', async () => {
    const dir = fresh()
    const path = join(dir, 'a.tongbao')
    writeFileSync(path, 'old')
    chmodSync(path, 0o640)
    await writeFileAtomic(path, 'new', { backup: true, fs })
    expect(statSync(path).mode & 0o777).toBe(0o640)
    expect(readFileSync(path, 'utf8')).toBe('new')
  })

  it('只读文件（0444）：拒绝保存并明说“只读”，文件与权限都不变', async () => {
    const dir = fresh()
    const path = join(dir, '只读.tongbao')
    writeFileSync(path, 'old')
    chmodSync(path, 0o444)
    const e = await failure(writeFileAtomic(path, 'new', { backup: true, fs }))
    expect(e.code).toBe('write.read-only')
    expect(e.message).toMatch(/^无法保存「只读\.tongbao」：这是一个只读文件/)
    expect(readFileSync(path, 'utf8')).toBe('old')
    expect(statSync(path).mode & 0o777).toBe(0o444)
    noTemps(dir)
  })

  it('旧的 .bak 是只读的也不妨碍保存（.bak 整个换掉，不往里写）', async () => {
    const dir = fresh()
    const path = join(dir, 'a.tongbao')
    writeFileSync(path, 'v1')
    writeFileSync(path + '.bak', 'v0')
    chmodSync(path + '.bak', 0o444)
    await writeFileAtomic(path, 'v2', { backup: true, fs })
    expect(readFileSync(path + '.bak', 'utf8')).toBe('v1')
  })

  it('80 个汉字的文件名（240 字节）能保存、能留 .bak：临时文件名与目标名无关', async () => {
    const dir = fresh()
    const name = '关于'.repeat(40) + '.tongbao'
    expect(Buffer.byteLength(name)).toBe(248)
    const path = join(dir, name)
    await writeFileAtomic(path, 'v1', { backup: true, fs })
    await writeFileAtomic(path, 'v2', { backup: true, fs })
    expect(readFileSync(path, 'utf8')).toBe('v2')
    expect(readFileSync(path + '.bak', 'utf8')).toBe('v1')
    noTemps(dir)
  })

  it('目标名是个文件夹：EISDIR，说“是一个文件夹”', async () => {
    const dir = fresh()
    mkdirSync(join(dir, 'x.tongbao'))
    const e = await failure(writeFileAtomic(join(dir, 'x.tongbao'), 'v', { fs }))
    expect(e.code).toBe('write.EISDIR')
    expect(e.message).toMatch(/文件夹/)
  })

  it('文件夹不存在：ENOENT，说的是用户的文件名', async () => {
    const dir = fresh()
    const e = await failure(writeFileAtomic(join(dir, '已拔出', '乙.tongbao'), 'v', { fs }))
    expect(e.code).toBe('write.ENOENT')
    expect(e.params).toEqual({ name: '乙.tongbao' })
  })
})

describe('原子写入：写到一半出错（注入的 fs）', () => {
  it('写临时文件时磁盘满：目标与旧 .bak 原样，临时文件当场删掉，错误说的是用户的文件', async () => {
    const dir = fresh()
    const path = join(dir, '甲.tongbao')
    writeFileSync(path, 'v1')
    writeFileSync(path + '.bak', 'v0')
    const e = await failure(writeFileAtomic(path, 'v2', { backup: true, fs: fullWhileWriting }))
    expect(e.code).toBe('write.ENOSPC')
    expect(e.params).toEqual({ name: '甲.tongbao' })
    expect(e.message).toMatch(/^无法保存「甲\.tongbao」：磁盘空间不足/)
    expect(e.message).not.toMatch(/tmp|~tongbao|ENOSPC/)
    expect(readFileSync(path, 'utf8')).toBe('v1')
    expect(readFileSync(path + '.bak', 'utf8')).toBe('v0')
    noTemps(dir)
  })

  it('复制备份时磁盘满（不支持硬链接的盘）：旧 .bak 仍在且完整，目标不变，不留临时文件', async () => {
    const dir = fresh()
    const path = join(dir, '甲.tongbao')
    writeFileSync(path, 'v1 的完整内容')
    writeFileSync(path + '.bak', 'v0 的完整内容')
    const e = await failure(writeFileAtomic(path, 'v2', { backup: true, fs: fullWhileCopyingBackup }))
    expect(e.code).toBe('write.ENOSPC')
    expect(readFileSync(path, 'utf8')).toBe('v1 的完整内容')
    expect(readFileSync(path + '.bak', 'utf8')).toBe('v0 的完整内容')
    noTemps(dir)
  })

  it('不支持硬链接时复制备份，照样成功', async () => {
    const dir = fresh()
    const path = join(dir, 'a.tongbao')
    writeFileSync(path, 'v1')
    const noLink: AtomicFs = { ...realFs, link: fullWhileCopyingBackup.link }
    await writeFileAtomic(path, 'v2', { backup: true, fs: noLink })
    expect(readFileSync(path, 'utf8')).toBe('v2')
    expect(readFileSync(path + '.bak', 'utf8')).toBe('v1')
    noTemps(dir)
  })
})
