// 打开后空闲时把编辑器与通报对上（editors.ts 的 primeSync）：此后第一次输入同步只写改动处，不再整部分转换。
import { Editor, Transforms } from 'slate'
import { describe, expect, it, vi } from 'vitest'
import { importFromText } from '../../core/import'
import { createEditors, primeSync, withSections } from '../../renderer/document/editors'
import type { NoticeElement } from '../../renderer/editor/custom-types'
import { valueToSection } from '../../renderer/editor/notice-value'
import { seedNames, seedText } from '../support/seeds'

vi.mock('../../renderer/editor/notice-value', async (original) => {
  const actual = await original<typeof import('../../renderer/editor/notice-value')>()
  return { ...actual, valueToSection: vi.fn(actual.valueToSection) }
})

/** 打开一个样例；prime 为真时先对上。返回通报、编辑器，以及在逐条整改第一段条目正文末尾打一个字的函数。 */
function opened(name: string, prime: boolean) {
  const { notice } = importFromText(seedText(name))
  const editors = createEditors(notice)
  if (prime) primeSync(notice, editors)
  const editor = editors.rectification
  const type = () => {
    const at = (editor.children as NoticeElement[]).findIndex((el) => el.type === 'item-body')
    expect(at).toBeGreaterThan(0)
    Transforms.insertText(editor, '改', { at: Editor.end(editor, [at]) })
    vi.mocked(valueToSection).mockClear()
  }
  return { notice, editors, editor, type }
}

describe('primeSync', () => {
  it.each(seedNames())('样例 %s：对上之后，第一次输入同步只写改动处；结果等于重新转换', (name) => {
    const { notice, editors, editor, type } = opened(name, true)
    type()
    const synced = withSections(notice, editors)
    expect(vi.mocked(valueToSection)).not.toHaveBeenCalled()
    expect(synced.rectification).toEqual(valueToSection(structuredClone(editor.children)))
    expect(synced.organization).toBe(notice.organization)
  })

  it('没对上（打开后还没空闲）时第一次同步照旧整部分转换', () => {
    const { notice, editors, type } = opened(seedNames()[0]!, false)
    type()
    withSections(notice, editors)
    expect(vi.mocked(valueToSection)).toHaveBeenCalled()
  })

  it('打开后已经输入过（还没同步）时不转换：第一次同步照旧整部分转换', () => {
    const { notice, editors, editor, type } = opened(seedNames()[0]!, false)
    type()
    primeSync(notice, editors)
    // 其余两个部分没动过，照常对上；动过的这一部分不转换。
    expect(vi.mocked(valueToSection).mock.calls.some(([value]) => value === editor.children)).toBe(false)
    expect(vi.mocked(valueToSection)).toHaveBeenCalledTimes(2)
    vi.mocked(valueToSection).mockClear()
    const synced = withSections(notice, editors)
    expect(vi.mocked(valueToSection)).toHaveBeenCalled()
    expect(synced.rectification).toEqual(valueToSection(structuredClone(editor.children)))
  })
})
