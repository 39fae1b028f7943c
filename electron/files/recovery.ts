import { createHash } from 'node:crypto'
import { mkdir, readdir, readFile, rm } from 'node:fs/promises'
import { dirname, join, resolve } from 'node:path'
import { OpenError } from '../../core/project/errors'
import { type LoadedProject, type ProjectContent, readProjectText } from '../../core/project/project-file'
import { writeFileAtomic } from './atomic-write'

export interface RecoveryEntry {
  /** 自动保存副本的路径 */
  file: string
  /** 它所对应的工程文件；未保存过的新文档为 null */
  documentPath: string | null
  savedAt: string
  title: string
}

interface RecoveryEnvelope {
  documentPath: string | null
  savedAt: string
  title: string
  project: string
}

/**
 * 自动保存到恢复目录（应用数据目录下），与用户的文件分开：
 * 程序崩溃后，下次启动时列出这些副本供用户恢复；正常保存或关闭后删除。
 */
export class RecoveryStore {
  private readonly dir: string
  constructor(dir: string) {
    this.dir = resolve(dir)
  }

  private fileFor(docKey: string): string {
    const h = createHash('sha256').update(docKey).digest('hex').slice(0, 16)
    return join(this.dir, `${h}.autosave.json`)
  }

  /**
   * project 是整份工程文件的文字（带着工程的标识与版本：恢复出来的文档仍是同一个工程，版本一个不少），调用方已核对过。
   * 原样存下，不再按模型重写一遍：50 万字时重写（校验加序列化）要约 60 ms。
   */
  async autosave(docKey: string, documentPath: string | null, project: string, title: string, now = new Date()): Promise<string> {
    await mkdir(this.dir, { recursive: true })
    const file = this.fileFor(docKey)
    const env: RecoveryEnvelope = { documentPath, savedAt: now.toISOString(), title, project }
    await writeFileAtomic(file, JSON.stringify(env))
    return file
  }

  /** 删除一个编辑会话的副本（按会话的键）。 */
  async discard(docKey: string): Promise<void> {
    await this.remove(this.fileFor(docKey))
  }

  /** 删除 list() 列出的一份副本（按文件）。只删恢复目录里的自动保存副本。 */
  async remove(file: string): Promise<void> {
    if (dirname(file) !== this.dir || !file.endsWith('.autosave.json')) return
    await rm(file, { force: true })
  }

  /** 列出可恢复的副本；损坏的副本跳过（不删除，留待人工查看）。 */
  async list(): Promise<RecoveryEntry[]> {
    let names: string[]
    try {
      names = await readdir(this.dir)
    } catch {
      return []
    }
    const out: RecoveryEntry[] = []
    for (const name of names.filter((n) => n.endsWith('.autosave.json'))) {
      const file = join(this.dir, name)
      try {
        const env = JSON.parse(await readFile(file, 'utf8')) as RecoveryEnvelope
        projectOf(env)
        out.push({ file, documentPath: env.documentPath, savedAt: env.savedAt, title: env.title })
      } catch {
        continue
      }
    }
    return out.sort((a, b) => b.savedAt.localeCompare(a.savedAt))
  }

  async restore(file: string): Promise<ProjectContent> {
    const env = JSON.parse(await readFile(file, 'utf8')) as RecoveryEnvelope
    return projectOf(env)
  }
}

/** 副本里存的工程文件：不是一份完好的工程时抛出 OpenError（与打开工程文件时一样）。 */
function projectOf(env: RecoveryEnvelope): LoadedProject {
  if (typeof env?.project !== 'string') throw new OpenError('open.not-tongbao')
  return readProjectText(env.project)
}
