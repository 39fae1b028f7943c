// 打包界面时给 slate-react 的 Editable 的 selectionchange 处理加的捷径（scripts/slate-selection-listener.mjs）：
// 所用版本里恰好一处；版本不同时构建失败。行为（三个编辑器之间移动光标、只有光标所在的编辑器排定时器）由
// test/e2e/selection-listener.test.ts 在浏览器里检查。
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { SLATE_REACT_ENTRY } from '../../scripts/slate-chunk-reconcile.mjs'
import { patchSlateSelectionListener } from '../../scripts/slate-selection-listener.mjs'
import { esEntryOf } from '../support/module-copy'

describe('slate-react selectionchange 的捷径', () => {
  const entry = esEntryOf('slate-react')
  const source = readFileSync(entry, 'utf8')

  it('在所用版本的 slate-react 里恰好找到一处并换掉；源码不同（升级了 slate-react）时构建失败而不是悄悄不换', () => {
    expect(SLATE_REACT_ENTRY.test(entry)).toBe(true)
    const patched = patchSlateSelectionListener(source)
    expect(patched).not.toBe(source)
    // 捷径用到的名字在 Editable 的作用域里都有（slate-dom 导入的 IS_FOCUSED、getSelection，Editable 的 readOnly）
    const fromSlateDom = source
      .match(/import \{([^}]*)\} from 'slate-dom'/)![1]!
      .split(',')
      .map((s) => s.trim())
    expect(fromSlateDom).toEqual(expect.arrayContaining(['IS_FOCUSED', 'getSelection']))
    expect(source).toMatch(/readOnly = false,/)
    expect(() => patchSlateSelectionListener('export const x = 1')).toThrow(/slate-react/)
    expect(() => patchSlateSelectionListener(patched)).toThrow(/slate-react/)
  })
})
