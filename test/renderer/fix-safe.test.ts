// store.fixSafe（检查面板的“全部改正”“一键修正”，issue #10）：真实样例上一步改完、一步撤销、一步重做；只改文字的元素只改文字。
import { describe, expect, it } from 'vitest'
import { importNotice } from '../../core/import/index'
import { isSafeFix } from '../../core/rules/index'
import { DocumentStore } from '../../renderer/document/store'
import { seedNames, seedText } from '../support/seeds'

const SEED = seedNames().find((n) => n.startsWith('003_'))!

async function openSeed(): Promise<DocumentStore> {
  const { notice, findings } = await importNotice({ name: SEED, bytes: new TextEncoder().encode(seedText(SEED)) })
  return new DocumentStore(notice, findings)
}

describe('DocumentStore.fixSafe', () => {
  it('一键修正：可安全修正的结果全部消失，一次撤销回到原样，一次重做再改好', async () => {
    const store = await openSeed()
    const original = structuredClone(store.flush())
    expect(store.getFindings()!.filter(isSafeFix).length).toBeGreaterThan(800)
    const ops: string[] = []
    const editor = store.editors.rectification
    const { apply } = editor
    editor.apply = (op) => {
      ops.push(op.type)
      apply(op)
    }
    expect(store.fixSafe()).toBe(true)
    const fixed = structuredClone(store.flush())
    expect(store.getFindings()!.filter(isSafeFix)).toEqual([])
    // 只改了标点：不卸下、重建元素
    expect(ops.filter((t) => t === 'remove_node' || t === 'insert_node')).toEqual([])
    expect(ops.length).toBeGreaterThan(0)
    expect(store.undo()).toBe(true)
    expect(store.flush()).toEqual(original)
    expect(store.redo()).toBe(true)
    expect(store.flush()).toEqual(fixed)
    expect(store.fixSafe()).toBe(false) // 没有可修的了：不记一步空的撤销
  })

  it('只修一条规则：其他规则的可安全修正结果不动', async () => {
    const store = await openSeed()
    const count = (rule: string) => store.getFindings()!.filter((f) => f.rule === rule).length
    const commas = count('TB026')
    expect(count('TB043')).toBeGreaterThan(0)
    store.fixSafe('TB043')
    expect(count('TB043')).toBe(0)
    expect(count('TB026')).toBe(commas)
  })
})
