import { KeyedListeners } from './keyed-listeners'

/**
 * 光标所在的条目。只有它显示类别与状态的下拉框；光标移动时只通知离开和进入的两个条目。
 * （slate-react 的 useSelected 在每次修改时为每个元素各算一遍，几千个条目时按键明显变慢。）
 */
export class ActiveItem {
  private id: string | null = null
  private listeners = new KeyedListeners()
  private anyListeners = new Set<(id: string | null) => void>()

  set(id: string | null): void {
    if (id === this.id) return
    const before = this.id
    this.id = id
    for (const changed of [before, id]) if (changed) this.listeners.notify(changed)
    for (const l of this.anyListeners) l(id)
  }

  get current(): string | null {
    return this.id
  }

  /** 光标换到另一个条目（或离开条目）时通知：信息面板据此显示当前条目的时限与责任单位。 */
  subscribeAny(listener: (id: string | null) => void): () => void {
    this.anyListeners.add(listener)
    return () => void this.anyListeners.delete(listener)
  }

  is(id: string): boolean {
    return this.id === id
  }

  subscribe(id: string, listener: () => void): () => void {
    return this.listeners.subscribe(id, listener)
  }
}
