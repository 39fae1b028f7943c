// 最近文件列表，存于应用数据目录。
import { mkdir, readFile, stat } from 'node:fs/promises'
import { basename, dirname } from 'node:path'
import * as z from 'zod'
import type { RecentFile } from '../../../core/bridge/host'
import { writeFileAtomic } from '../../files/atomic-write'

/** 菜单与开始页列出的最近文件数。 */
export const MAX_RECENT_FILES = 10

const StoredSchema = z.object({
  version: z.literal(1),
  files: z.array(z.object({ path: z.string().min(1), name: z.string(), openedAt: z.string() })),
})

/** 路径比较的键：Windows 的文件名不分大小写，同一文件换个大小写也算同一项。 */
export function pathKey(path: string, platform: NodeJS.Platform = process.platform): string {
  return platform === 'win32' ? path.replaceAll('/', '\\').toLowerCase() : path
}

/**
 * 最近文件列表，存为应用数据目录下的一个 JSON 文件：新的在前、按路径去重、最多十项；
 * 读取时去掉已不存在的文件。文件损坏时当作空列表，不影响启动。
 */
export class RecentFiles {
  constructor(
    private readonly file: string,
    private readonly platform: NodeJS.Platform = process.platform,
  ) {}

  /** 列表（已剔除磁盘上不存在的文件；剔除结果写回）。 */
  async list(): Promise<RecentFile[]> {
    const stored = await this.read()
    const present: RecentFile[] = []
    for (const f of stored) if (await isFile(f.path)) present.push(f)
    if (present.length !== stored.length) await this.write(present)
    return present
  }

  /** 记一次打开或保存：移到最前。 */
  async add(path: string, now = new Date()): Promise<RecentFile[]> {
    const key = pathKey(path, this.platform)
    const entry: RecentFile = { path, name: basename(path), openedAt: now.toISOString() }
    const files = [entry, ...(await this.read()).filter((f) => pathKey(f.path, this.platform) !== key)].slice(0, MAX_RECENT_FILES)
    await this.write(files)
    return files
  }

  async remove(path: string): Promise<void> {
    const key = pathKey(path, this.platform)
    await this.write((await this.read()).filter((f) => pathKey(f.path, this.platform) !== key))
  }

  async clear(): Promise<void> {
    await this.write([])
  }

  /** 路径是否在列表里：渲染进程只能按路径读取列表中的文件。 */
  async includes(path: string): Promise<boolean> {
    const key = pathKey(path, this.platform)
    return (await this.read()).some((f) => pathKey(f.path, this.platform) === key)
  }

  private async read(): Promise<RecentFile[]> {
    let text: string
    try {
      text = await readFile(this.file, 'utf8')
    } catch {
      return []
    }
    try {
      const parsed = StoredSchema.safeParse(JSON.parse(text))
      return parsed.success ? parsed.data.files.slice(0, MAX_RECENT_FILES) : []
    } catch {
      return []
    }
  }

  private async write(files: RecentFile[]): Promise<void> {
    await mkdir(dirname(this.file), { recursive: true })
    await writeFileAtomic(this.file, JSON.stringify({ version: 1, files }, null, 2))
  }
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile()
  } catch {
    return false
  }
}
