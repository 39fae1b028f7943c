// 大纲的行按方面缓存（renderer/panels/outline-entries.ts）：改过以后的结果与从头算的逐项相同；没动的方面沿用原来的行对象。
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { Item, type Notice, RichText } from '../../core/model'
import { createNotice } from '../../core/template/new-notice'
import { outlineEntries } from '../../renderer/panels/outline-entries'

/** 三个方面、各两个问题、各两条措施；标题各不相同。 */
function notice(): Notice {
  const n = createNotice('巡察')
  let k = 0
  n.rectification.items = Array.from({ length: 3 }, () =>
    Item.create('aspect', `方面${++k}`, {
      runIn: false,
      children: Array.from({ length: 2 }, () =>
        Item.create('problem', `问题${++k}`, {
          runIn: false,
          children: Array.from({ length: 2 }, () => Item.create('measure', `措施${++k}。`, { body: RichText.of('正文') })),
        }),
      ),
    }),
  )
  return n
}

/** 不经缓存算出的大纲：整份通报深拷贝，每个条目都是新对象。 */
const fromScratch = (n: Notice) => outlineEntries(structuredClone(n))

/** 不可变地改：只换从部分到第 a 个方面这一路上的对象（与编辑器同步的做法相同）。 */
function withAspect(n: Notice, a: number, change: (aspect: Item) => Item): Notice {
  const items = n.rectification.items.map((item, i) => (i === a ? change(item) : item))
  return { ...n, rectification: { ...n.rectification, items } }
}

const rectification = (entries: ReturnType<typeof outlineEntries>) => entries.filter((e) => e.section === 'rectification')

describe('大纲的行按方面缓存', () => {
  it('改一个方面里的措施：结果与从头算的相同，其余方面的行是原来的对象，改动的方面是新的', () => {
    const before = notice()
    const first = rectification(outlineEntries(before))
    const after = withAspect(before, 1, (aspect) => ({
      ...aspect,
      children: aspect.children.map((p, i) =>
        i === 0 ? { ...p, children: [{ ...p.children[1]!, title: '改过的措施。' }, p.children[0]!] } : p,
      ),
    }))
    const second = rectification(outlineEntries(after))
    expect(outlineEntries(after)).toEqual(fromScratch(after))
    expect(second.map((e) => e.title)).toContain('改过的措施。')
    const aspectOf = (i: number) => Math.floor(i / 7)
    second.forEach((e, i) => (aspectOf(i) === 1 ? expect(e).not.toBe(first[i]) : expect(e).toBe(first[i])))
  })

  it('前面的方面多了一段正文：后面方面的下标跟着移动（重算），前面的沿用', () => {
    const before = notice()
    const first = rectification(outlineEntries(before))
    const after = withAspect(before, 1, (aspect) => ({ ...aspect, body: RichText.of('新加的一段') }))
    const second = rectification(outlineEntries(after))
    expect(outlineEntries(after)).toEqual(fromScratch(after))
    expect(second[14]!.index).toBe(first[14]!.index + 1)
    for (let i = 0; i < 7; i++) expect(second[i]).toBe(first[i])
  })

  it('任意一串改动（标题、正文段数、不编号、部分标题、增删方面）之后，结果都与从头算的相同', () => {
    type Edit = { kind: 'title' | 'body' | 'unnumbered' | 'heading' | 'remove' | 'add'; at: number }
    const edit = fc.record({
      kind: fc.constantFrom<Edit['kind']>('title', 'body', 'unnumbered', 'heading', 'remove', 'add'),
      at: fc.nat(5),
    })
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 12 }), (edits) => {
        let n = notice()
        outlineEntries(n)
        for (const { kind, at } of edits) {
          const count = n.rectification.items.length
          const a = count ? at % count : 0
          if (kind === 'heading') n = { ...n, rectification: { ...n.rectification, heading: n.rectification.heading ? null : '整改情况' } }
          else if (kind === 'add')
            n = { ...n, rectification: { ...n.rectification, items: [...n.rectification.items, Item.create('aspect', `新方面${at}`)] } }
          else if (count === 0) continue
          else if (kind === 'remove')
            n = { ...n, rectification: { ...n.rectification, items: n.rectification.items.filter((_, i) => i !== a) } }
          else
            n = withAspect(n, a, (aspect) =>
              kind === 'title'
                ? { ...aspect, title: `${aspect.title}改` }
                : kind === 'body'
                  ? { ...aspect, body: [...aspect.body, ...RichText.of('又一段')] }
                  : aspect.unnumbered
                    ? { ...aspect, unnumbered: undefined }
                    : { ...aspect, unnumbered: true },
            )
          expect(outlineEntries(n)).toEqual(fromScratch(n))
        }
      }),
      { numRuns: 60 },
    )
  })
})
