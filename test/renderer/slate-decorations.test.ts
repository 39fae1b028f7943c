// 打包界面时换掉 slate-dom 的 splitDecorationsByChild 里没有装饰时逐个新建空数组的写法（scripts/slate-decorations.mjs）：
// 只换那一处；换前换后对同样的输入给出同样的结果，没有装饰时各子节点共用一个冻结的空数组。
import { readFileSync } from 'node:fs'
import { createEditor, type Descendant, type Range } from 'slate'
import { afterAll, describe, expect, it } from 'vitest'
import { patchSlateDecorations, SLATE_DOM_ENTRY } from '../../scripts/slate-decorations.mjs'
import { esEntryOf, moduleCopies } from '../support/module-copy'

const entry = esEntryOf('slate-dom')
const copies = moduleCopies('tongbao-slate-decorations-test')

type Split = (editor: unknown, node: { children: unknown[] }, decorations: Range[]) => Range[][]
const load = async (name: string, code: string) =>
  (await copies.load<{ splitDecorationsByChild: Split }>(name, code)).splitDecorationsByChild
afterAll(copies.remove)

function editorWith(children: Descendant[]) {
  const editor = createEditor()
  editor.children = children as typeof editor.children
  return editor
}
const paragraph = (text: string) => ({ type: 'paragraph', children: [{ text }] }) as unknown as Descendant

describe('slate-dom 装饰拆分的替换', () => {
  const source = readFileSync(entry, 'utf8')

  it('在所用版本的 slate-dom 里恰好找到一处并换掉；源码不同（升级了 slate-dom）时构建失败而不是悄悄不换', () => {
    expect(SLATE_DOM_ENTRY.test(entry)).toBe(true)
    const patched = patchSlateDecorations(source)
    expect(patched).not.toBe(source)
    expect(patched).toContain('.fill(NO_DECORATIONS)')
    expect(() => patchSlateDecorations('export const x = 1')).toThrow(/slate-dom/)
    expect(() => patchSlateDecorations(patched)).toThrow(/slate-dom/)
  })

  it('换前换后结果相同：没有装饰时每个子节点一个（共用、冻结的）空数组；有装饰时照旧按子节点拆分', async () => {
    const original = await load('original.mjs', source)
    const patched = await load('patched.mjs', patchSlateDecorations(source))
    const editor = editorWith(['甲乙丙', '丁戊', '己庚辛壬'].map(paragraph))

    const none = patched(editor, editor, [])
    expect(none).toEqual(original(editor, editor, []))
    expect(none).toHaveLength(3)
    expect(new Set(none).size).toBe(1)
    expect(Object.isFrozen(none[0])).toBe(true)
    // 每次调用返回自己的外层数组（slate-react 的 useDecorationsByChild 把第一次的结果当作可改写的缓存）。
    expect(patched(editor, editor, [])).not.toBe(none)

    const across = [{ anchor: { path: [0, 0], offset: 1 }, focus: { path: [2, 0], offset: 2 }, highlight: true }] as unknown as Range[]
    expect(patched(editor, editor, across)).toEqual(original(editor, editor, across))
    expect(patched(editor, editor, across)[1]).toHaveLength(1)
  })
})
