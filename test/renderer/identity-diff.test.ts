// 按对象身份的补丁（自动保存只把改动发给 Worker）：随机改动一棵像通报的树（结构共享，只有改动路径上是新对象），
// 补丁用在上一棵上还原出这一棵；没改的树补丁为空；补丁里不带没改的子树。
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { apply, diff, diffWithin, isSame, type Patch, patchWeight, prefix, weight } from '../../renderer/document/identity-diff'
import { sampleNotice } from '../support/sample-notice'

interface Para {
  type: 'paragraph'
  children: { text: string; bold?: true }[]
}
interface Node {
  id: string
  title: string
  status: string | null
  leader?: string
  body: Para[]
  children: Node[]
}
interface Tree {
  title: string
  date: { year: number; month: number | null }
  items: Node[]
}

const paraArb: fc.Arbitrary<Para> = fc
  .array(
    fc.record(
      { text: fc.string({ maxLength: 6 }), bold: fc.option(fc.constant(true as const), { nil: undefined }) },
      { noNullPrototype: true },
    ),
    {
      minLength: 1,
      maxLength: 3,
    },
  )
  .map((runs) => ({ type: 'paragraph', children: runs.map((r) => (r.bold ? { text: r.text, bold: true } : { text: r.text })) }))
const nodeArb: fc.Memo<Node> = fc.memo((depth) =>
  fc.record(
    {
      id: fc.string({ minLength: 1, maxLength: 4 }),
      title: fc.string({ maxLength: 8 }),
      status: fc.constantFrom(null, '已完成', '持续推进'),
      leader: fc.string({ maxLength: 4 }),
      body: fc.array(paraArb, { maxLength: 3 }),
      children: depth > 1 ? fc.array(nodeArb(depth - 1), { maxLength: 3 }) : fc.constant([]),
    },
    { requiredKeys: ['id', 'title', 'status', 'body', 'children'], noNullPrototype: true },
  ),
)
const treeArb: fc.Arbitrary<Tree> = fc.record(
  {
    title: fc.string({ maxLength: 8 }),
    // 通报是 JSON 来的纯数据，没有原型为 null 的对象（结构化克隆也不保留这一点）
    date: fc.record(
      { year: fc.integer({ min: 2000, max: 2030 }), month: fc.option(fc.integer({ min: 1, max: 12 }), { nil: null }) },
      { noNullPrototype: true },
    ),
    items: fc.array(nodeArb(3), { maxLength: 4 }),
  },
  { noNullPrototype: true },
)

/**
 * 一次不可变的改动：沿一条随机路径往下，路径上的对象与数组换成新的，其余原样共享（与通报的写法一样）。
 * 在终点改一个字段、删一个键、加一个键、在数组里插入/删除/换位/整个替换。
 */
function edit(value: unknown, rand: () => number, fresh: unknown): unknown {
  const r = rand()
  if (Array.isArray(value)) {
    const a = [...value]
    if (a.length > 0 && r < 0.45) {
      const i = Math.floor(rand() * a.length)
      a[i] = edit(a[i], rand, fresh)
    } else if (r < 0.6) a.splice(Math.floor(rand() * (a.length + 1)), 0, fresh)
    else if (r < 0.7 && a.length > 0) a.splice(Math.floor(rand() * a.length), 1)
    else if (r < 0.8 && a.length > 1) {
      const [x] = a.splice(Math.floor(rand() * a.length), 1)
      a.splice(Math.floor(rand() * (a.length + 1)), 0, x)
    } else if (r < 0.85) a.reverse()
    else return fresh
    return a
  }
  if (typeof value === 'object' && value !== null) {
    const o = { ...(value as Record<string, unknown>) }
    const keys = Object.keys(o)
    if (keys.length > 0 && r < 0.7) {
      const k = keys[Math.floor(rand() * keys.length)]!
      o[k] = edit(o[k], rand, fresh)
    } else if (keys.length > 0 && r < 0.8) delete o[keys[Math.floor(rand() * keys.length)]!]
    else if (r < 0.9) o[`k${Math.floor(rand() * 3)}`] = fresh
    else return fresh
    return o
  }
  return fresh
}

const editsArb = fc.array(
  fc.record({
    seed: fc.array(fc.double({ min: 0, max: 0.999, noNaN: true }), { minLength: 12, maxLength: 12 }),
    fresh: fc.oneof(fc.string(), fc.integer(), fc.constant(null), paraArb, nodeArb(2)),
  }),
  { minLength: 1, maxLength: 6 },
)
const editsOf = (edits: { seed: number[]; fresh: unknown }[]): ((t: unknown) => unknown)[] =>
  edits.map(({ seed, fresh }) => (t: unknown) => {
    let i = 0
    return edit(t, () => seed[i++ % seed.length]!, fresh)
  })

/** 补丁里整份带上的值（value）的 JSON 长度之和：补丁有多“重”。 */
function carried(p: Patch): number {
  switch (p.k) {
    case 'same':
      return 0
    case 'value':
      return JSON.stringify(p.v ?? null).length
    case 'object':
      return p.fields.reduce((s, [, f]) => s + carried(f), 0)
    case 'array':
      return p.parts.reduce((s, part) => s + ('p' in part ? carried(part.p) : 0), 0)
  }
}

/** 树的层数，与单个对象（或数组）本层的代价（键、原始值，子对象各算 1）的最大值。 */
function shape(x: unknown): { depth: number; flat: number } {
  if (typeof x !== 'object' || x === null) return { depth: 0, flat: 0 }
  const values = Object.values(x)
  let flat = 1
  let depth = 0
  let inner = 0
  for (const v of values) {
    flat += 1 + (typeof v === 'object' && v !== null ? 1 : weight(v))
    const s = shape(v)
    depth = Math.max(depth, s.depth)
    inner = Math.max(inner, s.flat)
  }
  return { depth: depth + 1, flat: Math.max(flat, inner) }
}

describe('按对象身份的补丁', () => {
  it('在上一棵上用补丁还原出这一棵（一连串随机改动，每步都比）；补丁经结构化克隆后照样能用', () => {
    fc.assert(
      fc.property(treeArb, editsArb, (tree, edits) => {
        let prev: unknown = tree
        for (const step of editsOf(edits)) {
          const next = step(prev)
          const patch = structuredClone(diff(prev, next))
          expect(apply(prev, patch)).toStrictEqual(next)
          // 有预算的比较：放得下时与 diff 一样，放不下时是 null
          const within = diffWithin(prev, next, 30)
          if (within) expect(within).toStrictEqual(patch)
          expect(diffWithin(prev, next, Infinity)).toStrictEqual(patch)
          prev = next
        }
      }),
      { numRuns: 300 },
    )
  })

  it('没改的树补丁为空；结构相同的新对象也算没改', () => {
    fc.assert(
      fc.property(treeArb, (tree) => {
        expect(isSame(diff(tree, tree))).toBe(true)
        const copy = { ...tree, items: [...tree.items] }
        expect(isSame(diff(tree, copy))).toBe(true)
      }),
    )
  })

  it('键序也还原（写成 JSON 的文本一字不差）', () => {
    const prev = { a: 1, b: { c: 2 } }
    const next = { b: prev.b, a: 1 }
    const out = apply(prev, diff(prev, next))
    expect(JSON.stringify(out)).toBe(JSON.stringify(next))
  })

  it('没改的子树沿用上一棵的对象：补丁只带改动的那一段，大通报改一个字时补丁也只有几百字节', () => {
    const prev = sampleNotice()
    prev.rectification.items = Array.from({ length: 300 }, () => sampleNotice().rectification.items).flat()
    const items = prev.rectification.items
    const a = Math.floor(items.length / 2)
    const problem = items[a]!.children[0]!
    const measure = problem.children[0]!
    const para = measure.body[0]!
    const editedMeasure = {
      ...measure,
      body: [{ ...para, children: [{ text: para.children.map((r) => r.text).join('') + '字' }] }, ...measure.body.slice(1)],
    }
    const editedProblem = { ...problem, children: problem.children.map((m) => (m === measure ? editedMeasure : m)) }
    const editedAspect = { ...items[a]!, children: items[a]!.children.map((p) => (p === problem ? editedProblem : p)) }
    const next = { ...prev, rectification: { ...prev.rectification, items: items.map((x) => (x === items[a] ? editedAspect : x)) } }

    const patch = diff(prev, next)
    const rebuilt = apply(prev, structuredClone(patch)) as typeof next
    expect(rebuilt).toStrictEqual(next)
    // 没改的方面就是上一棵里的同一个对象
    expect(rebuilt.rectification.items[0]).toBe(prev.rectification.items[0])
    // 打一个字的补丁在预算之内；换成一份不相干的通报就超出预算（不必比到底），调用方改为分块整份发送
    expect(diffWithin(prev, next, 6000)).toStrictEqual(patch)
    const other = sampleNotice()
    other.rectification.items = Array.from({ length: 300 }, () => sampleNotice().rectification.items).flat()
    expect(diffWithin(prev, other, 6000)).toBeNull()
    expect(carried(patch)).toBeLessThan(para.children.map((r) => r.text).join('').length * 4)
    expect(JSON.stringify(patch).length).toBeLessThan(2_000)
  })

  it('很大的新内容分几次发：前缀一次比一次完整，最后一棵就是原树；每次的补丁只带约一份预算，依次用上还原出原树', () => {
    fc.assert(
      fc.property(treeArb, fc.integer({ min: 8, max: 200 }), (tree, budget) => {
        const steps: unknown[] = []
        for (let b = budget; ; b += budget) {
          const part = prefix(tree, b)
          steps.push(part)
          if (part === tree) break
          expect(steps.length).toBeLessThanOrEqual(Math.ceil(weight(tree) / budget))
        }
        let worker: unknown = undefined
        let prev: unknown = undefined
        // 每块超出预算的至多是：一个放不下也得整个带上的字符串，和分块边界那条路径上各层对象的键与原始值（对象的键总是齐的）
        const leaf = Math.max(
          1,
          ...JSON.stringify(tree)
            .split('"')
            .map((t) => weight(t)),
        )
        const { depth, flat } = shape(tree)
        const slack = leaf + (depth + 1) * (flat + 2)
        for (const part of steps) {
          const patch = diff(prev, part)
          if (prev !== undefined) expect(patchWeight(patch)).toBeLessThanOrEqual(2 * budget + slack)
          worker = apply(worker, structuredClone(patch))
          prev = part
        }
        expect(worker).toStrictEqual(tree)
      }),
      { numRuns: 200 },
    )
  })

  it('分几次发五十万字量级的通报：每次补丁的代价不超过预算的两倍', () => {
    const big = sampleNotice()
    big.rectification.items = Array.from({ length: 300 }, () => sampleNotice().rectification.items).flat()
    const budget = 4000
    let prev: unknown = undefined
    let steps = 0
    let worker: unknown = undefined
    for (let b = budget; ; b += budget) {
      const part = prefix(big, b)
      const patch = diff(prev, part)
      expect(patchWeight(patch)).toBeLessThanOrEqual(2 * budget)
      worker = apply(worker, structuredClone(patch))
      prev = part
      steps++
      if (part === big) break
    }
    expect(steps).toBeGreaterThan(5)
    expect(worker).toStrictEqual(big)
    expect(JSON.stringify(worker)).toBe(JSON.stringify(big)) // 键序也一样：写出的工程文件一字不差
  })
})
