// 打包界面时换掉 slate-react 分块对齐里逐个新建数组的写法（scripts/slate-chunk-reconcile.mjs）：
// 只换那几处；对任意一串插入、删除、替换、移动，换前换后得到同样的分块树、同样的回调。
import fc from 'fast-check'
import { readFileSync } from 'node:fs'
import { createEditor, type Descendant, type Editor } from 'slate'
import { afterAll, describe, expect, it } from 'vitest'
import { patchSlateChunkReconcile, SLATE_REACT_ENTRY } from '../../scripts/slate-chunk-reconcile.mjs'
import { esEntryOf, moduleCopies } from '../support/module-copy'

const entry = esEntryOf('slate-react')
const copies = moduleCopies('tongbao-slate-chunk-reconcile-test')
afterAll(copies.remove)

interface ChunkNode {
  type: 'root' | 'chunk' | 'leaf'
  children?: ChunkNode[]
  node?: unknown
  key?: { id: string }
  index?: number
  movedNodeKeys?: Set<unknown>
}
type GetChunkTree = (editor: Editor, node: { children: unknown[] }, options: { reconcile?: Record<string, unknown> }) => ChunkNode

/** 分块树的函数不在公开的导出里：副本补一个导出。lodash 的子路径在 Node 的 ES 模块里要写出扩展名（打包器不要）。 */
async function load(name: string, code: string): Promise<GetChunkTree> {
  const runnable = code.replace(/from 'lodash\/(\w+)'/g, "from 'lodash/$1.js'")
  const copy = await copies.load<{ __getChunkTreeForNode: GetChunkTree }>(
    name,
    `${runnable}\nexport { getChunkTreeForNode as __getChunkTreeForNode };\n`,
  )
  return copy.__getChunkTreeForNode
}

let made = 0
const paragraph = () => ({ type: 'paragraph', children: [{ text: `段${++made}` }] }) as unknown as Descendant

/** 分块树 → 可比较的纯数据：叶子记下标、键和节点在 nodes 里的位置。 */
function shapeOf(tree: ChunkNode, nodes: unknown[]): unknown {
  if (tree.type === 'leaf') return { index: tree.index, key: tree.key!.id, node: nodes.indexOf(tree.node) }
  return { type: tree.type, children: tree.children!.map((c) => shapeOf(c, nodes)) }
}

type Op = { kind: 'insert' | 'remove' | 'replace' | 'move' | 'none'; at: number; to: number; count: number }

describe('slate-react 分块对齐的替换', () => {
  const source = readFileSync(entry, 'utf8')

  it('在所用版本的 slate-react 里恰好找到各处并换掉；源码不同（升级了 slate-react）时构建失败而不是悄悄不换', () => {
    expect(SLATE_REACT_ENTRY.test(entry)).toBe(true)
    const patched = patchSlateChunkReconcile(source)
    expect(patched).not.toBe(source)
    expect(patched).toContain('NO_INSERTED_CHILDREN')
    expect(patched).not.toContain('new Array(children.length)')
    expect(() => patchSlateChunkReconcile('export const x = 1')).toThrow(/slate-react/)
    expect(() => patchSlateChunkReconcile(patched)).toThrow(/slate-react/)
  })

  it('任意一串插入、删除、替换、移动（含一次几块）：换前换后的分块树与回调完全相同', async () => {
    const original = await load('original.mjs', source)
    const patched = await load('patched.mjs', patchSlateChunkReconcile(source))
    const op = fc.record({
      kind: fc.constantFrom<Op['kind']>('insert', 'remove', 'replace', 'move', 'none'),
      at: fc.nat(200),
      to: fc.nat(200),
      count: fc.integer({ min: 1, max: 4 }),
    })
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: 60 }),
        fc.integer({ min: 2, max: 6 }),
        fc.array(op, { maxLength: 25 }),
        async (n, chunkSize, ops) => {
          // 两个编辑器各有自己的根节点（分块树按根节点的键存放），子节点是同一批对象。
          const editors = [createEditor(), createEditor()]
          let children = Array.from({ length: n }, paragraph)
          let moved: unknown = null
          /** 移动节点时 slate-react 把它的键记进 movedNodeKeys（见它对 move_node 的处理）：这里照做。 */
          const markMoved = (tree: ChunkNode) => {
            const find = (t: ChunkNode): ChunkNode | undefined =>
              t.type === 'leaf' ? (t.node === moved ? t : undefined) : t.children!.map(find).find(Boolean)
            const leaf = moved === null ? undefined : find(tree)
            if (leaf) tree.movedNodeKeys!.add(leaf.key)
          }
          const run = (get: GetChunkTree, editor: Editor) => {
            const calls: string[] = []
            // 分块树按节点的键存放：根节点就是编辑器本身（与 slate-react 一样），每步换一个新的子节点数组。
            editor.children = children as Editor['children']
            const root = editor as unknown as { children: unknown[] }
            markMoved(get(editor, root, {}))
            const tree = get(editor, root, {
              reconcile: {
                chunkSize,
                onInsert: (_: unknown, i: number) => calls.push(`insert ${i}`),
                onUpdate: (_: unknown, i: number) => calls.push(`update ${i}`),
                onIndexChange: (_: unknown, i: number) => calls.push(`index ${i}`),
              },
            })
            return { shape: shapeOf(tree, children), calls }
          }
          const step = () => {
            const [a, b] = [run(original, editors[0]!), run(patched, editors[1]!)]
            expect(b).toEqual(a)
          }
          step()
          for (const { kind, at, to, count } of ops) {
            const i = children.length ? at % children.length : 0
            const next = [...children]
            if (kind === 'insert') next.splice(at % (children.length + 1), 0, ...Array.from({ length: count }, paragraph))
            else if (kind === 'remove') next.splice(i, count)
            else if (kind === 'replace' && children.length) next[i] = { ...(children[i] as object) } as Descendant
            else if (kind === 'move' && children.length) {
              const [moved] = next.splice(i, 1)
              next.splice(to % (next.length + 1), 0, moved!)
            }
            moved = kind === 'move' && children.length ? children[i] : null
            children = next
            step()
          }
        },
      ),
      { numRuns: 80 },
    )
  })
})
