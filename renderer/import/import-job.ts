/**
 * 正在进行的导入（至多一个）：在 Web Worker 里运行，界面读它的进度，用户可以取消。
 * 一个外部 store（subscribe/getSnapshot，见 app/external-value.ts）。
 */
import type { ImportResult, ImportStage } from '../../core/import'
import { OpenError } from '../../core/project/errors'
import type { ImportReply, ImportRequest } from './import-protocol'
import { externalValue } from '../app/external-value'
import { whenIdle } from '../app/when-idle'

export interface ImportJob {
  /** 文件名 */
  name: string
  /** 进行到哪一步；Worker 还没开始时为 null */
  stage: ImportStage | null
  startedAt: number
  cancel(): void
}

export type ImportOutcome = { kind: 'done'; result: ImportResult } | { kind: 'cancelled' }

/** 正在进行的导入（它的 cancel 用来结束旧的）与给界面读的快照（每次变化换一个对象）。 */
let active: ImportJob | null = null
const snapshot = externalValue<ImportJob | null>(null)
const publish = snapshot.set

export const importJob = { subscribe: snapshot.subscribe, getSnapshot: snapshot.getSnapshot }

/**
 * 备用的导入 Worker：启动 Worker 线程、取脚本、编译与求值 core 的导入模块要一百多毫秒，
 * 空闲时先把它准备好，用户选定文件时只剩解析本身。每次导入用掉一个（取消时直接结束它），之后空闲时再备一个。
 */
let spare: Worker | null = null

function startWorker(): Worker {
  return new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module', name: 'tongbao-import' })
}

/** 空闲时备好下一次导入的 Worker（已有则什么也不做）。 */
export function prepareImportWorker(): void {
  whenIdle(() => {
    // 正在导入时不另备：导入结束（finish）后再备，同时至多一个导入 Worker。
    if (!active) spare ??= startWorker()
  })
}

function takeWorker(): Worker {
  const worker = spare ?? startWorker()
  spare = null
  return worker
}

/**
 * 在 Worker 里导入（或打开工程文件）。无法导入时抛出 OpenError（中文说明）；用户取消时返回 { kind: 'cancelled' }。
 * 同时只有一个导入：开始新的会先取消旧的。
 */
export function importInWorker(name: string, bytes: Uint8Array): Promise<ImportOutcome> {
  active?.cancel()
  const worker = takeWorker()
  return new Promise<ImportOutcome>((resolve, reject) => {
    const finish = () => {
      worker.terminate()
      prepareImportWorker()
      if (active !== job) return
      active = null
      publish(null)
    }
    const job: ImportJob = {
      name,
      stage: null,
      startedAt: performance.now(),
      cancel() {
        finish()
        resolve({ kind: 'cancelled' })
      },
    }
    worker.onmessage = (e: MessageEvent<ImportReply>) => {
      const reply = e.data
      if (reply.kind === 'stage') {
        if (active === job) publish({ ...job, stage: reply.stage })
        return
      }
      finish()
      if (reply.kind === 'done') resolve({ kind: 'done', result: reply.result })
      else if (reply.code !== null) reject(new OpenError(reply.code, reply.params))
      else reject(new Error(`import worker failed on ${name}`))
    }
    worker.onerror = (e) => {
      // Worker 脚本本身没能运行（加载失败）：当作无法打开，界面给出中文说明。
      e.preventDefault()
      finish()
      reject(new Error(`import worker error: ${e.message}`))
    }
    active = job
    publish(job)
    worker.postMessage({ name, bytes } satisfies ImportRequest)
  })
}
