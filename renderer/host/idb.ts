/** 浏览器宿主的 IndexedDB 小封装：两个对象仓库（恢复副本、最近文件），键值读写。 */
import type { Failure } from '../../core/bridge/host'

const DB_NAME = 'tongbao'
const DB_VERSION = 1
export type StoreName = 'recovery' | 'recent'

/** 存储失败：带上桥上的失败值，调用方不必再看错误的名字或文字。 */
export class StorageError extends Error {
  constructor(
    readonly failure: Failure,
    options?: { cause?: unknown },
  ) {
    super(`IndexedDB failed: ${failure.code}`, options)
    this.name = 'StorageError'
  }
}

/** 浏览器报的存储错误 → 失败值：配额用尽单独说（用户要去清理或立即保存），其余都是“存储不可用”。 */
function storageFailure(error: DOMException | Error | null | undefined): StorageError {
  const quota = error?.name === 'QuotaExceededError'
  return new StorageError({ ok: false, code: quota ? 'storage.quota' : 'storage.unavailable' }, { cause: error })
}

let opening: Promise<IDBDatabase> | null = null

function open(): Promise<IDBDatabase> {
  opening ??= new Promise<IDBDatabase>((resolve, reject) => {
    let req: IDBOpenDBRequest
    try {
      req = indexedDB.open(DB_NAME, DB_VERSION)
    } catch (e) {
      reject(storageFailure(e as Error))
      return
    }
    req.onupgradeneeded = () => {
      const db = req.result
      if (!db.objectStoreNames.contains('recovery')) db.createObjectStore('recovery', { keyPath: 'id' })
      if (!db.objectStoreNames.contains('recent')) db.createObjectStore('recent', { keyPath: 'path' })
    }
    req.onsuccess = () => {
      const db = req.result
      // 别的标签页要升级数据库：让出连接，下次用时重新打开。
      db.onversionchange = () => {
        db.close()
        opening = null
      }
      resolve(db)
    }
    req.onerror = () => reject(storageFailure(req.error))
    req.onblocked = () => reject(storageFailure(null))
  }).catch((e: unknown) => {
    // 打开失败（隐私模式、磁盘满）不是永久的：下次再试。
    opening = null
    throw e
  })
  return opening
}

/**
 * 一个事务：complete 时交出结果；error 或 abort 时拒绝——配额用尽时浏览器直接中止事务（abort，
 * 不一定先有 error），只听 error 的话 promise 永远不落定，自动保存就悄悄停了。
 */
function run<T>(store: StoreName, mode: IDBTransactionMode, fn: (s: IDBObjectStore) => IDBRequest): Promise<T> {
  return open().then(
    (db) =>
      new Promise<T>((resolve, reject) => {
        let tx: IDBTransaction
        let req: IDBRequest
        try {
          tx = db.transaction(store, mode)
          req = fn(tx.objectStore(store))
        } catch (e) {
          reject(storageFailure(e as Error))
          return
        }
        tx.oncomplete = () => resolve(req.result as T)
        tx.onerror = () => reject(storageFailure(tx.error ?? req.error))
        tx.onabort = () => reject(storageFailure(tx.error ?? req.error))
        // 不等事件循环空闲就提交：页面随即关闭或刷新时（pagehide），写入也已交给浏览器。
        if (mode === 'readwrite') tx.commit?.()
      }),
  )
}

export const idb = {
  put: (store: StoreName, value: object) => run<void>(store, 'readwrite', (s) => s.put(value)),
  get: <T>(store: StoreName, key: string) => run<T | undefined>(store, 'readonly', (s) => s.get(key)),
  delete: (store: StoreName, key: string) => run<void>(store, 'readwrite', (s) => s.delete(key)),
  all: <T>(store: StoreName) => run<T[]>(store, 'readonly', (s) => s.getAll()),
}

/** 任何异常 → 失败值。 */
export function storageFailureOf(e: unknown): Failure {
  return e instanceof StorageError ? e.failure : { ok: false, code: 'storage.unavailable' }
}
