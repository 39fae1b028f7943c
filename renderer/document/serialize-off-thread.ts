/** 在 Worker 里把通报写成工程文件的文本（自动保存用）；Worker 不可用时在本线程写。 */
import type { Notice } from '../../core/model'
import { serializeProject } from '../../core/project/project-file'
import type { ProjectVersions } from '../../core/project/versions'
import type { SerializeReply, SerializeRequest } from './serialize-protocol'

let worker: Worker | null = null
let nextId = 0
const pending = new Map<number, { notice: Notice; project: ProjectVersions; resolve(text: string | null): void }>()

function onThisThread(notice: Notice, project: ProjectVersions): string | null {
  try {
    return serializeProject(notice, undefined, undefined, project)
  } catch {
    return null
  }
}

function start(): Worker | null {
  try {
    const w = new Worker(new URL('./serialize-worker.ts', import.meta.url), { type: 'module', name: 'tongbao-autosave' })
    w.onmessage = (e: MessageEvent<SerializeReply>) => {
      pending.get(e.data.id)?.resolve(e.data.text)
      pending.delete(e.data.id)
    }
    w.onerror = (e) => {
      // Worker 没能运行：以后都在本线程写，排着的也在本线程写完
      e.preventDefault()
      worker = null
      for (const { notice, project, resolve } of pending.values()) resolve(onThisThread(notice, project))
      pending.clear()
    }
    return w
  } catch {
    return null
  }
}

/** 工程文件的文本；null 表示内容暂时不合模型（下次再存）。 */
export function serializeOffThread(notice: Notice, project: ProjectVersions): Promise<string | null> {
  worker ??= start()
  if (!worker) return Promise.resolve(onThisThread(notice, project))
  const id = nextId++
  return new Promise((resolve) => {
    pending.set(id, { notice, project, resolve })
    worker!.postMessage({ id, notice, project } satisfies SerializeRequest)
  })
}
