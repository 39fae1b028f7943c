// 状态栏的数（字数、条目数、进度）按数组对象缓存：任意通报、任意一处不可变的修改（路径上的条目与数组换新对象，其余共享）之后，
// 缓存的结果与不缓存、整篇重数的结果相同；字数仍等于全文去掉空白后的长度。
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { characterCount } from '../../core/derive/character-count'
import { progress, type ProgressMemo } from '../../core/derive/progress'
import { noticeText } from '../../core/document/blocks'
import { Item, RichText } from '../../core/model'
import { SECTION_KEYS, type SectionKey } from '../../core/model/item'
import type { Notice } from '../../core/model/notice'
import { createNotice } from '../../core/template/new-notice'
import { arbitraryNotice } from '../support/arbitrary-notice'

type Edit = { section: SectionKey; pick: number; kind: 'title' | 'status' | 'unnumber' | 'add' | 'remove' | 'role' }

/** 第 pick 个条目（先序，取模）所在路径上换新对象，做一处修改；没有条目时在部分里加一个。 */
function edited(notice: Notice, { section, pick, kind }: Edit): Notice {
  const flat: number[][] = []
  const walk = (items: Item[], base: number[]) =>
    items.forEach((it, i) => {
      flat.push([...base, i])
      walk(it.children, [...base, i])
    })
  walk(notice[section].items, [])
  const change = (it: Item): Item | null => {
    switch (kind) {
      case 'title':
        return { ...it, title: it.title + '新增 文字' }
      case 'status':
        return { ...it, status: it.status === '已完成' ? '持续推进' : '已完成' }
      case 'unnumber':
        return it.unnumbered ? (({ unnumbered: _, ...rest }) => rest)(it) : { ...it, unnumbered: true }
      case 'add':
        return { ...it, children: [...it.children, Item.create('problem', '新的问题', { body: RichText.of('正文') })] }
      case 'remove':
        return null
      case 'role':
        return { ...it, role: it.role === 'problem' ? 'measure' : 'problem' }
    }
  }
  const rebuild = (items: Item[], path: number[]): Item[] => {
    const [i, ...rest] = path
    const out = items.slice()
    if (rest.length) out[i!] = { ...items[i!]!, children: rebuild(items[i!]!.children, rest) }
    else {
      const next = change(items[i!]!)
      if (next) out[i!] = next
      else out.splice(i!, 1)
    }
    return out
  }
  const items = flat.length
    ? rebuild(notice[section].items, flat[pick % flat.length]!)
    : [...notice[section].items, Item.create('aspect', '新的方面')]
  return { ...notice, [section]: { ...notice[section], items } }
}

const edit = fc.record({
  section: fc.constantFrom(...SECTION_KEYS),
  pick: fc.nat(),
  kind: fc.constantFrom<Edit['kind']>('title', 'status', 'unnumber', 'add', 'remove', 'role'),
})

describe('状态栏的数按数组对象缓存', () => {
  it('任意通报与一串修改：缓存的结果等于整篇重数的结果', () => {
    fc.assert(
      fc.property(arbitraryNotice, fc.array(edit, { maxLength: 6 }), (start, edits) => {
        const totalMemo = new WeakMap<Item[], number>()
        const progressMemo: ProgressMemo = new WeakMap()
        let notice = start
        for (const e of [null, ...edits]) {
          if (e) notice = edited(notice, e)
          const total = SECTION_KEYS.reduce((n, key) => n + Item.total(notice[key].items, totalMemo), 0)
          expect(total).toBe([...Item.all(notice)].length)
          expect(progress(notice, progressMemo)).toEqual(progress(notice))
          expect(characterCount(notice)).toBe(noticeText(notice).replace(/\s/g, '').length)
        }
      }),
      { numRuns: 150 },
    )
  })

  it('同一个数组对象出现在不同深度：各按所在深度的编号数', () => {
    const kids = [Item.create('problem', '第一个问题'), Item.create('problem', '第二个问题')]
    const base = createNotice('巡视')
    const notice: Notice = {
      ...base,
      organization: { ...base.organization, heading: '一、组织情况', items: kids },
      rectification: { ...base.rectification, heading: '二、整改情况', items: [Item.create('aspect', '方面', { children: kids })] },
    }
    expect(characterCount(notice)).toBe(noticeText(notice).replace(/\s/g, '').length)
  })
})
