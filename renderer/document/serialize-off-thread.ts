/**
 * 在 Worker 里把通报写成工程文件（自动保存用），得到 UTF-8 的 Blob；Worker 不可用时在本线程写。
 * 界面线程只把上一次发出之后改了的部分发过去（按对象身份比较，见 identity-diff）：五十万字的通报整份结构化克隆
 * 要三十到九十毫秒，打字的改动只有一条路径。Worker 手里还没有内容时（第一次、Worker 要求重发、改动很大），
 * 整份分成几块、每块一个任务发过去，也没有长任务。结果是 Blob，收下和交给宿主存都只是一个引用，不经过上兆的字符串。
 */
import type { Notice } from '../../core/model'
import { serializeProject } from '../../core/project/project-file'
import type { ProjectVersions } from '../../core/project/versions'
import { diff, diffWithin, type Patch, prefix } from './identity-diff'
import type { SerializeInput, SerializeReply, SerializeRequest } from './serialize-protocol'

/**
 * 一次发给 Worker 的内容至多这么多份代价（identity-diff 的 weight）：在这台两核的机器上连同比较、克隆一块约几毫秒
 * （3000 时忙的时候一块要二十毫秒上下）。五十万字的通报约十五万份，整份分一百块左右、每块一个任务，一秒上下发完。
 */
const STEP_WEIGHT = 1500

let worker: Worker | null = null
let nextId = 0
/** 最后发给 Worker 的内容：下一次的补丁以它为底（Worker 按 id 核对，对不上时要求重发整份）。 */
let sent: { id: number; input: unknown } | null = null
/** 发送排成一队：分块发送要跨几个任务，其间来的请求排在后面。 */
let sending: Promise<void> = Promise.resolve()
const pending = new Map<number, { input: SerializeInput; resolve(blob: Blob | null): void }>()

function onThisThread({ notice, project }: SerializeInput): Blob | null {
  try {
    return new Blob([serializeProject(notice, undefined, undefined, project)], { type: 'application/json' })
  } catch {
    return null
  }
}

function postPatch(w: Worker, id: number, input: unknown, patch: Patch, reply: boolean): void {
  w.postMessage({ id, baseId: sent?.id ?? null, patch, reply } satisfies SerializeRequest)
  sent = { id, input }
}

const nextTask = () => new Promise<void>((r) => setTimeout(r, 0))

/** 把 input 交给 Worker：改动小就发补丁；否则从头分块发，每块一个任务。reply 为 false：只让 Worker 记下（预先送去的底稿）。 */
async function send(w: Worker, id: number, input: SerializeInput, reply: boolean): Promise<void> {
  const patch = sent ? diffWithin(sent.input, input, STEP_WEIGHT) : null
  if (patch) return postPatch(w, id, input, patch, reply)
  sent = null
  for (let budget = STEP_WEIGHT; ; budget += STEP_WEIGHT) {
    if (worker !== w) return // Worker 出错了：排着的请求已在本线程写完
    const part = prefix(input, budget)
    const last = part === input
    // sent 由上一块的 postPatch 设好（也可能被 Worker 的“重发”清掉）：这一块是对它的补丁。
    const base = sent as { input: unknown } | null
    postPatch(w, last ? id : nextId++, part, base ? diff(base.input, part) : { k: 'value', v: part }, last && reply)
    if (last) return
    await nextTask()
  }
}

function enqueue(w: Worker, id: number, input: SerializeInput, reply = true): void {
  sending = sending
    .then(() => (worker === w ? send(w, id, input, reply) : undefined))
    .catch(() => {
      // 发不出去（不该发生，如内容克隆不了）：这一份在本线程写，下一份从头整份发；队列照常往下走
      sent = null
      const waiting = pending.get(id)
      pending.delete(id)
      waiting?.resolve(onThisThread(waiting.input))
    })
}

function start(): Worker | null {
  try {
    const w = new Worker(new URL('./serialize-worker.ts', import.meta.url), { type: 'module', name: 'tongbao-autosave' })
    w.onmessage = (e: MessageEvent<SerializeReply>) => {
      const reply = e.data
      const waiting = pending.get(reply.id)
      if (reply.kind === 'resend') {
        // Worker 手里的底稿对不上：这一份从头整份重发（同一个 id），之后的补丁以它为底。
        // 没有人等的（预先送去的底稿）不重发：下一次自动保存整份发。
        sent = null
        if (waiting) enqueue(w, reply.id, waiting.input)
        return
      }
      if (!waiting) return
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
    enqueue(w, id, input)
  })
}

/**
 * 打开文档后空闲时先把整份送到 Worker 手里（分块，每块一个任务），不写文件：第一次自动保存只发改了的部分。
 * 否则五十万字的通报第一次自动保存正赶在打字中间，一百来块的克隆与比较（每键约八十 KB 的垃圾）都落在按键之间（issue #15）。
 */
export function primeOffThread(notice: Notice, project: ProjectVersions): void {
  worker ??= start()
  if (worker) enqueue(worker, nextId++, { notice, project }, false)
}
