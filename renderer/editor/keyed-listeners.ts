/**
 * 按条目标识登记的监听者：大文档里只通知数据变了的那几个条目（供 useSyncExternalStore 订阅），
 * 而不是让每个元素在每次修改时都重算一遍。
 */
export class KeyedListeners {
  private listeners = new Map<string, Set<() => void>>()

  subscribe(id: string, listener: () => void): () => void {
    let set = this.listeners.get(id)
    if (!set) this.listeners.set(id, (set = new Set()))
    set.add(listener)
    return () => {
      set.delete(listener)
      if (set.size === 0) this.listeners.delete(id)
    }
  }

  notify(id: string): void {
    for (const l of this.listeners.get(id) ?? []) l()
  }
}
