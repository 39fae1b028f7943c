// 打包界面时给 slate-react 的 useDecorationsByChild 加的捷径（scripts/slate-decorations-by-child.mjs）：
// 对任意一串重绘（子节点增删、有无装饰交替），换前换后每个子节点的装饰与“要重绘的下标”完全相同。
import fc from 'fast-check'
import { readFileSync } from 'node:fs'
import { createEditor, type Editor, type Range } from 'slate'
import { afterAll, describe, expect, it } from 'vitest'
import { patchSlateDecorationsByChild } from '../../scripts/slate-decorations-by-child.mjs'
import { esEntryOf, moduleCopies } from '../support/module-copy'

const entry = esEntryOf('slate-react')
const copies = moduleCopies('tongbao-slate-decorations-by-child-test')
afterAll(copies.remove)

type Result = { decorationsByChild: Range[][]; childrenToRedecorate: number[] }
type Hook = (editor: Editor, node: { children: unknown[] }, decorations: Range[]) => Result
interface Copy {
  __useDecorationsByChild: Hook
  /** 在一个“组件实例”（hooks 的存放处）里调用 fn，像 React 重绘那个组件一样；返回结果与这次用了几个 hook。 */
  __render<T>(slots: unknown[], fn: () => T): { value: T; hooks: number }
}

/**
 * 这个 hook 只用 useRef：副本从一个小垫片取 react，垫片里的 useRef 按调用次序存在给定的数组里（React 的规则），
 * 其余照原样取自 react。不必有 DOM、也不必真的渲染。
 */
const SHIM = `import * as React from 'react'
export * from 'react'
export default React.default ?? React
let slots = null
let at = 0
export function useRef(initial) {
  if (at === slots.length) slots.push({ current: initial })
  return slots[at++]
}
export function __render(s, fn) {
  slots = s
  at = 0
  try {
    return { value: fn(), hooks: at }
  } finally {
    slots = null
  }
}
`

async function load(name: string, code: string): Promise<Copy> {
  await copies.load('react-shim.mjs', SHIM)
  const runnable = code.replace(/from 'react';/, "from './react-shim.mjs';").replace(/from 'lodash\/(\w+)'/g, "from 'lodash/$1.js'")
  return copies.load<Copy>(
    name,
    `${runnable}\nexport { useDecorationsByChild as __useDecorationsByChild };\nexport { __render } from './react-shim.mjs';\n`,
  )
}

let made = 0
type Child = Editor['children'][number]
const paragraph = () => ({ type: 'paragraph', children: [{ text: `第${++made}段文字` }] }) as unknown as Child

/** 结果 → 可比较的纯数据（装饰数组逐项比内容，不比对象身份：空数组换成另一个空数组对 slate-react 等价）。 */
const plain = (r: Result, n: number) => ({
  length: r.decorationsByChild.length,
  holes: Array.from({ length: n }, (_, i) => i in r.decorationsByChild).filter((x) => !x).length,
  decorations: r.decorationsByChild.map((d) => d.map((x) => ({ ...x }))),
  redecorate: r.childrenToRedecorate,
})

type Step = { kind: 'insert' | 'remove' | 'same'; at: number; count: number; decorate: false | { from: number; to: number } }

describe('slate-react 子节点装饰的捷径', () => {
  const source = readFileSync(entry, 'utf8')

  it('在所用版本的 slate-react 里恰好找到一处并换掉；源码不同（升级了 slate-react）时构建失败而不是悄悄不换', () => {
    const patched = patchSlateDecorationsByChild(source)
    expect(patched).not.toBe(source)
    expect(patched).toContain('NO_CHILD_DECORATIONS')
    expect(() => patchSlateDecorationsByChild('export const x = 1')).toThrow(/slate-react/)
    expect(() => patchSlateDecorationsByChild(patched)).toThrow(/slate-react/)
  })

  it('任意一串重绘（增删子节点、装饰时有时无）：换前换后结果相同，hook 的个数也相同', async () => {
    const original = await load('original.mjs', source)
    const patched = await load('patched.mjs', patchSlateDecorationsByChild(source))
    const step = fc.record({
      kind: fc.constantFrom<Step['kind']>('insert', 'remove', 'same', 'same'),
      at: fc.nat(100),
      count: fc.integer({ min: 1, max: 5 }),
      decorate: fc.oneof(
        { weight: 3, arbitrary: fc.constant(false as const) },
        { weight: 1, arbitrary: fc.record({ from: fc.nat(100), to: fc.nat(100) }) },
      ),
    })
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: 40 }), fc.array(step, { maxLength: 30 }), async (n, steps) => {
        const editor = createEditor()
        editor.children = Array.from({ length: n }, paragraph)
        const slots: [unknown[], unknown[]] = [[], []]
        for (const s of [{ kind: 'same', at: 0, count: 0, decorate: false } as Step, ...steps]) {
          const children = [...editor.children]
          if (s.kind === 'insert') children.splice(s.at % (children.length + 1), 0, ...Array.from({ length: s.count }, paragraph))
          if (s.kind === 'remove' && children.length) children.splice(s.at % children.length, s.count)
          editor.children = children
          const decorations: Range[] = []
          if (s.decorate && children.length) {
            const [a, b] = [s.decorate.from % children.length, s.decorate.to % children.length].sort((x, y) => x - y)
            decorations.push({ anchor: { path: [a!, 0], offset: 1 }, focus: { path: [b!, 0], offset: 2 }, highlight: true } as Range)
          }
          const [before, after] = [original, patched].map((copy, k) =>
            copy.__render(slots[k]!, () => copy.__useDecorationsByChild(editor, editor, decorations)),
          )
          expect(after!.hooks).toBe(before!.hooks)
          expect(plain(after!.value, children.length)).toEqual(plain(before!.value, children.length))
        }
      }),
      { numRuns: 300 },
    )
  })

  it('一直没有装饰时走捷径：不再为每个子节点拆分、比较，新添的子节点照样报告为要重绘', async () => {
    const patched = await load('patched-fast.mjs', patchSlateDecorationsByChild(source))
    const editor = createEditor()
    editor.children = Array.from({ length: 5 }, paragraph)
    const slots: unknown[] = []
    const render = () => patched.__render(slots, () => patched.__useDecorationsByChild(editor, editor, [])).value
    const first = render()
    // 第二次起，子节点的各项一读就抛错：捷径只看子节点的个数，不逐个遍历（原来的写法先 Array.from 整个子节点数组）。
    const untouchable = (nodes: Child[]) =>
      new Proxy(nodes, {
        get: (t, k) => {
          if (typeof k === 'string' && /^\d+$/.test(k)) throw new Error('逐个读了子节点')
          return Reflect.get(t, k)
        },
      })
    const list = first.decorationsByChild
    editor.children = untouchable([...editor.children, paragraph(), paragraph()])
    const grown = render()
    expect(grown.decorationsByChild).toBe(list)
    expect(grown.childrenToRedecorate).toEqual([5, 6])
    expect(list).toHaveLength(7)
    editor.children = untouchable(Array.from({ length: 3 }, paragraph))
    expect(render()).toEqual({ decorationsByChild: list, childrenToRedecorate: [] })
    expect(list).toHaveLength(3)
  })
})
