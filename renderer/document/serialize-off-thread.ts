/**
 * 在 Worker 里把通报写成工程文件（自动保存用），得到 UTF-8 的 Blob；Worker 不可用时在本线程写。
 * 界面线程只把上一次发出之后改了的部分发过去（按对象身份比较，见 identity-diff）：五十万字的通报整份结构化克隆
 * 要三十多毫秒，改动只有一条路径；结果是 Blob，收下和交给宿主存都只是一个引用，不经过上兆的字符串。
 */
import type { Notice } from '../../core/model'
import { serializeProject } from '../../core/project/project-file'
import type { ProjectVersions } from '../../core/project/versions'
import { diff } from './identity-diff'
import type { SerializeInput, SerializeReply, SerializeRequest } from './serialize-protocol'

let worker: Worker | null = null
let nextId = 0
/** 最后发给 Worker 的内容：下一次的补丁以它为底（Worker 按 id 核对，对不上时要求重发整份）。 */
let sent: { id: number; input: SerializeInput } | null = null
const pending = new Map<number, { input: SerializeInput; resolve(blob: Blob | null): void }>()

function onThisThread({ notice, project }: SerializeInput): Blob | null {
  try {
    return new Blob([serializeProject(notice, undefined, undefined, project)], { type: 'application/json' })
  } catch {
    return null
  }
}

function post(w: Worker, id: number, input: SerializeInput): void {
  const request: SerializeRequest = sent
    ? { id, baseId: sent.id, patch: diff(sent.input, input) }
    : { id, baseId: null, patch: { k: 'value', v: input } }
  sent = { id, input }
  w.postMessage(request)
}

function start(): Worker | null {
  try {
    const w = new Worker(new URL('./serialize-worker.ts', import.meta.url), { type: 'module', name: 'tongbao-autosave' })
    w.onmessage = (e: MessageEvent<SerializeReply>) => {
      const reply = e.data
      const waiting = pending.get(reply.id)
      if (!waiting) return
      if (reply.kind === 'resend') {
        // Worker 手里的底稿对不上：这一份整份重发（同一个 id），之后的补丁以它为底。
        sent = null
        post(w, reply.id, waiting.input)
        return
      }
      pending.delete(reply.id)
      waiting.resolve(reply.kind === 'blob' ? reply.blob : null)
    }
    w.onerror = (e) => {
      // Worker 没能运行：以后都在本线程写，排着的也在本线程写完
      e.preventDefault()
      worker = null
      sent = null
      for (const { input, resolve } of pending.values()) resolve(onThisThread(input))
      pending.clear()
    }
    return w
  } catch {
    return null
  }
}

/** 工程文件（UTF-8 的 Blob）；null 表示内容暂时不合模型（下次再存）。 */
export function serializeOffThread(notice: Notice, project: ProjectVersions): Promise<Blob | null> {
  worker ??= start()
  const input = { notice, project }
  if (!worker) return Promise.resolve(onThisThread(input))
  const id = nextId++
  const w = worker
  return new Promise((resolve) => {
    pending.set(id, { input, resolve })
    post(w, id, input)
  })
}
