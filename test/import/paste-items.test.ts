// 粘贴用的条目解析（parseItemsAt）：与导入同一套建树，层级接到粘贴处已有的层级上，序号不留在文字里。
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { itemLevel } from '../../core/document/numbering'
import { type ItemContext, parseItems, parseItemsAt } from '../../core/import/item-tree'
import type { Item, ItemRole } from '../../core/model/notice'
import { Marker } from '../../core/model/numbering'

/** 用户看到的结构：深度、角色、标题、正文（编号由深度推导，所以不必比）。 */
const shape = (placed: { item: Item; depth: number }[]): string[] => {
  const out: string[] = []
  const walk = (item: Item, depth: number) => {
    out.push(
      `${depth}:${item.role}:${item.title}${item.body.length ? `|${item.body.map((p) => p.children.map((r) => r.text).join('')).join('/')}` : ''}`,
    )
    for (const c of item.children) walk(c, depth + 1)
  }
  for (const { item, depth } of placed) walk(item, depth)
  return out
}
const at = (lines: string[], ancestors: ItemRole[], headed = false, rectification = true) =>
  parseItemsAt(lines, rectification, { ancestors, headed })

describe('parseItemsAt：粘贴处在已有条目里', () => {
  it('在“一、”方面里粘贴“（二）……1.……2.……”：成为它的下级问题和措施，序号不进标题', () => {
    const placed = at(['（二）制度执行不严的问题', '1.修订制度。', '2.开展检查。'], ['aspect'])
    expect(placed.preamble).toEqual([])
    expect(shape(placed.items)).toEqual(['1:problem:制度执行不严的问题', '2:measure:修订制度。', '2:measure:开展检查。'])
  })

  it('在“（一）”问题里粘贴“（二）”：与它同级（角色照它），其后的“1.”是“（二）”的下级', () => {
    const placed = at(['（二）乙问题', '1.措施甲。', '2.措施乙。'], ['aspect', 'problem'])
    expect(shape(placed.items)).toEqual(['1:problem:乙问题', '2:measure:措施甲。', '2:measure:措施乙。'])
  })

  it('粘贴的“二、”比光标所在的层级浅：回到顶层，其下“（一）”是它的下级', () => {
    const placed = at(['二、乙方面', '（一）丙问题', '1.措施。'], ['aspect', 'problem'])
    expect(shape(placed.items)).toEqual(['0:aspect:乙方面', '1:problem:丙问题', '2:measure:措施。'])
  })

  it('部分有标题时第一层是“（一）”：在它里面粘贴的“1.”是下级，“（二）”是同级', () => {
    expect(shape(at(['1.措施甲。', '2.措施乙。'], ['problem'], true).items)).toEqual(['1:measure:措施甲。', '1:measure:措施乙。'])
    expect(shape(at(['（二）乙问题', '1.措施。'], ['problem'], true).items)).toEqual(['0:problem:乙问题', '1:measure:措施。'])
  })

  it('从无部分标题的通报复制来的“一、……（一）……”粘进有标题的部分：“一、”与“（一）”方面同级，“（一）”是它的下级', () => {
    const placed = at(['一、关于作风建设方面', '（一）调研不深入的问题', '1.改进调研。'], ['aspect', 'problem'], true)
    expect(shape(placed.items)).toEqual(['0:aspect:关于作风建设方面', '1:problem:调研不深入的问题', '2:measure:改进调研。'])
  })

  it('首个序号前的文字留在粘贴处（不进已有条目的树），序号后的文字是所粘贴条目的正文', () => {
    const placed = at(['说明如下。', '（二）乙问题', '整改情况：已完成。'], ['aspect'])
    expect(placed.preamble).toEqual(['说明如下。'])
    expect(shape(placed.items)).toEqual(['1:problem:乙问题|整改情况：已完成。'])
  })

  it('在措施里粘贴：下级都是措施，没有整改状态', () => {
    const placed = at(['（1）细化清单的问题', '整改情况：已完成。'], ['aspect', 'problem', 'measure'])
    expect(placed.items.map(({ item, depth }) => [depth, item.role, item.status])).toEqual([[3, 'measure', null]])
  })

  it('没有序号的文字全部留在粘贴处', () => {
    const placed = at(['第一段。', '第二段'], ['aspect', 'problem'])
    expect(placed).toEqual({ preamble: ['第一段。', '第二段'], items: [] })
  })
})

/** 随机的一段带序号的文字：标题、正文取自几种常见写法（小标题、问题标题、run-in、带数字的正文）。 */
interface Gen {
  title: string
  body: string[]
  children: Gen[]
}
const TITLES = [
  '加强理论学习',
  '关于制度执行不严的问题',
  '健全制度。修订学习规则。',
  '压实责任。',
  '开展专项检查12次，整改问题8个。',
  '关于“三重一大”决策不规范问题的整改情况',
]
const BODIES = ['整改情况：已完成。', '全年开展学习12次。', '下一步将持续推进。', '制定清单，明确责任人。']
const gen: fc.Memo<Gen> = fc.memo((n) =>
  fc.record({
    title: fc.constantFrom(...TITLES),
    body: fc.array(fc.constantFrom(...BODIES), { maxLength: 2 }),
    children: n > 1 ? fc.array(gen(n - 1), { maxLength: 3 }) : fc.constant([]),
  }),
)
/** 按标准序号写出文字行；第一层用 firstLevel 的样式。 */
function render(nodes: Gen[], level: number): string[] {
  return nodes.flatMap((n, i) => [Marker.format(Marker.clampLevel(level), i + 1) + n.title, ...n.body, ...render(n.children, level + 1)])
}
const withoutIds = (x: unknown): unknown => JSON.parse(JSON.stringify(x, (k, v) => (k === 'id' ? undefined : v)))
const forest = fc.array(gen(3), { minLength: 1, maxLength: 3 })

describe('parseItemsAt：与导入同一棵树', () => {
  it('光标不在条目里（第 0 层）时，粘贴与导入同一段文字得到同一棵树', () => {
    fc.assert(
      fc.property(forest, fc.boolean(), fc.array(fc.constantFrom(...BODIES), { maxLength: 2 }), (nodes, rectification, lead) => {
        const lines = [...lead, ...render(nodes, 1)]
        const imported = parseItems(lines, ['rectification', 'items'], rectification)
        const pasted = parseItemsAt(lines, rectification, { ancestors: [], headed: false })
        expect(pasted.preamble).toEqual(imported.preamble)
        expect(pasted.items.map((p) => p.depth)).toEqual(imported.items.map(() => 0))
        expect(withoutIds(pasted.items.map((p) => p.item))).toEqual(withoutIds(imported.items))
      }),
      { numRuns: 150 },
    )
  })

  it('在第 d 层的条目里粘贴下一层起的序号：结构、标题、正文与第 0 层的粘贴相同，只是整体深 d+1 层', () => {
    const roles: ItemRole[] = ['aspect', 'problem', 'measure']
    fc.assert(
      fc.property(forest, fc.integer({ min: 0, max: 2 }), fc.boolean(), (nodes, d, headed) => {
        // 第四层以下的序号样式相同（GB/T 9704 只有四层），层级从此无法由序号分辨：只比四层之内生成的树。
        fc.pre(itemLevel(d + 1, headed) + 2 <= 4)
        const ancestors = roles.slice(0, d + 1)
        const ctx: ItemContext = { ancestors, headed }
        const under = parseItemsAt(render(nodes, itemLevel(d + 1, headed)), true, ctx)
        const top = parseItemsAt(render(nodes, 1), true, { ancestors: [], headed: false })
        const strip = (s: string) => s.replace(/^(\d+):\w+:/, '$1:')
        const shift = (s: string) => s.replace(/^(\d+):/, (_, n: string) => `${Number(n) + d + 1}:`)
        expect(shape(under.items).map(strip)).toEqual(shape(top.items).map(strip).map(shift))
        expect(under.preamble).toEqual([])
      }),
      { numRuns: 150 },
    )
  })
})
