/**
 * 条目的推导编号，按条目标识保存，并只通知编号变了的条目。
 * 每次修改后用 flatMarkers 整体重算（一万个元素约 1 毫秒），但插入或移动一个条目时
 * 只有同级的后续条目编号会变，也只有它们重绘——大文档里按键和调整结构都不会引起全文重绘。
 */
import type { NoticeElement } from './custom-types'
import { KeyedListeners } from './keyed-listeners'
import { flatMarkers } from './structure'

export class MarkerStore {
  private markers = new Map<string, string>()
  private listeners = new KeyedListeners()

  update(value: readonly NoticeElement[], sectionHeaded: boolean): void {
    const markers = flatMarkers(value, sectionHeaded)
    const next = new Map<string, string>()
    value.forEach((el, i) => {
      if (el.type === 'item') next.set(el.id, markers[i] ?? '')
    })
    const changed: string[] = []
    for (const [id, m] of next) if (this.markers.get(id) !== m) changed.push(id)
    this.markers = next
    for (const id of changed) this.listeners.notify(id)
  }

  get(id: string): string {
    return this.markers.get(id) ?? ''
  }

  subscribe(id: string, listener: () => void): () => void {
    return this.listeners.subscribe(id, listener)
  }
}
