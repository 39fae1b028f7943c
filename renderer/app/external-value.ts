/**
 * 外部 store（React 的 useSyncExternalStore 读它）的共用部分：一组订阅者，和只装一个值的最简 store。
 * 导入进度、粘贴提议、保存时问文件名都是“至多一个、变了就通知”的值，写法因此只有这一处。
 */
export class Listeners {
  private readonly set = new Set<() => void>()

  readonly subscribe = (listener: () => void): (() => void) => {
    this.set.add(listener)
    return () => void this.set.delete(listener)
  }

  notify(): void {
    for (const l of this.set) l()
  }
}

export interface ExternalValue<T> {
  subscribe(listener: () => void): () => void
  getSnapshot(): T
  /** 换成 next 并通知订阅者 */
  set(next: T): void
}

export function externalValue<T>(initial: T): ExternalValue<T> {
  let value = initial
  const listeners = new Listeners()
  return {
    subscribe: listeners.subscribe,
    getSnapshot: () => value,
    set(next) {
      value = next
      listeners.notify()
    },
  }
}
