// 编辑区分块的大小（renderer/editor/create-section-editor.ts）：打开时段数不多的部分每块 20 段，更大的每块 200 段；
// 第一次取用时定下，之后部分变长变短都不变（slate-react 不为改变块的大小重建分块）；只有部分的根分块。
import { describe, expect, it } from 'vitest'
import { createSectionEditor, SMALL_SECTION_BLOCKS } from '../../renderer/editor/create-section-editor'
import type { NoticeElement } from '../../renderer/editor/custom-types'

const blocks = (n: number) => Array.from({ length: n }, () => ({ type: 'body', children: [{ text: '正文' }] }) as unknown as NoticeElement)

describe('分块的大小', () => {
  it('不超过界限的部分每块 20 段，之后粘贴变长也不变', () => {
    const editor = createSectionEditor('rectification')
    editor.children = blocks(SMALL_SECTION_BLOCKS)
    expect(editor.getChunkSize(editor)).toBe(20)
    editor.children = blocks(SMALL_SECTION_BLOCKS * 5)
    expect(editor.getChunkSize(editor)).toBe(20)
    expect(editor.getChunkSize(editor.children[0]!)).toBeNull()
  })

  it('超过界限的部分每块 200 段', () => {
    const editor = createSectionEditor('rectification')
    editor.children = blocks(SMALL_SECTION_BLOCKS + 1)
    expect(editor.getChunkSize(editor)).toBe(200)
    editor.children = blocks(3)
    expect(editor.getChunkSize(editor)).toBe(200)
  })
})
