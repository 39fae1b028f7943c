import { describe, expect, it } from 'vitest'
import { Item } from '../../core/model'
import { sectionToValue } from '../../renderer/editor/notice-value'
import { MarkerStore } from '../../renderer/editor/marker-store'
import type { ItemElement } from '../../renderer/editor/custom-types'

describe('编号只通知变了的条目', () => {
  it('插入一个同级条目时，只有其后的同级条目收到通知', () => {
    const items = [
      Item.create('aspect', '甲', { children: [Item.create('problem', '甲一'), Item.create('problem', '甲二')] }),
      Item.create('aspect', '乙'),
      Item.create('aspect', '丙'),
    ]
    const value = sectionToValue({ heading: null, paragraphs: [], items })
    const store = new MarkerStore()
    store.update(value, false)
    const ids = value.filter((e): e is ItemElement => e.type === 'item').map((e) => e.id)
    const notified: string[] = []
    for (const id of ids) store.subscribe(id, () => notified.push(id))
    const inserted: ItemElement = { ...(value[4] as ItemElement), id: 'new', children: [{ text: '新' }] }
    const next = [...value.slice(0, 4), inserted, ...value.slice(4)] // 乙之前
    store.update(next, false)
    const [甲, 甲一, 甲二, 乙, 丙] = ids
    expect(notified.sort()).toEqual([乙, 丙].sort())
    expect([store.get('new'), store.get(乙!), store.get(丙!), store.get(甲一!), store.get(甲!), store.get(甲二!)]).toEqual([
      '二、',
      '三、',
      '四、',
      '（一）',
      '一、',
      '（二）',
    ])
  })

  it('部分加上标题后，全部条目改用下一层编号', () => {
    const value = sectionToValue({ heading: null, paragraphs: [], items: [Item.create('aspect', '甲')] })
    const store = new MarkerStore()
    store.update(value, false)
    const id = (value[1] as ItemElement).id
    let calls = 0
    store.subscribe(id, () => calls++)
    store.update(value, true)
    expect(store.get(id)).toBe('（一）')
    expect(calls).toBe(1)
  })
})
