// 只有文档的 store（renderer/document/）写通报、调用 Slate 的修改；编辑器插件与命令（renderer/editor/*.ts）由它调用。
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ROOT, sourceFiles } from '../support/source-files'

/** 可以直接改 Slate 文档的文件：store 及其历史、同步，编辑器的插件与命令（不含组件 .tsx）。 */
const mayWrite = (file: string) => file.startsWith('renderer/document/') || (file.startsWith('renderer/editor/') && file.endsWith('.ts'))

/** 写文档的调用：Slate 的 Transforms 和编辑器方法、编辑器命令、通报的同步与修复。经 store 的调用（store.applyFix）不算。 */
const WRITES: [string, RegExp][] = [
  ['Slate Transforms', /\bTransforms\.\w+/],
  [
    'Slate 编辑器的修改方法',
    /\b(?:editor|e)\.(?:insertNodes|setNodes|unsetNodes|removeNodes|moveNodes|splitNodes|mergeNodes|insertText|insertFragment|deleteFragment|deleteBackward|deleteForward|apply)\(/,
  ],
  [
    '编辑器命令',
    /(?<![.\w])(?:insertItem|insertBody|indentItem|outdentItem|moveItem|moveItemBefore|moveRange|convertToItem|setItemProps|structureCommand)\(/,
  ],
  ['通报的同步与修复', /(?<![.\w])(?:applyFix|applyFixes|syncEditorsFrom|replaceValue|withSections)\(/],
  ['store 的内部', /import \{[^}]*\} from '\.\.\/document\/(?:editors|history)'/],
  // 直接改通报对象（而不是经 store.update 交出新的通报）
  [
    '直接改通报',
    /\b(?:notice|n|next|current)(?:\.\w+|\[[^\]]+\])+\s*(?:=(?![=>])|\+=|-=)|\b(?:notice|n)(?:\.\w+)+\.(?:push|splice|unshift|pop|shift|sort|reverse)\(/,
  ],
]

function writesIn(source: string): string[] {
  const code = source.replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '')
  return WRITES.filter(([, re]) => re.test(code)).map(([name]) => name)
}

describe('文档只有一个写入者', () => {
  it('扫描本身能认出各种写法', () => {
    expect(writesIn('Transforms.setNodes(editor, { status }, { at: [i] })')).toEqual(['Slate Transforms'])
    expect(writesIn('editor.insertText("x")')).toEqual(['Slate 编辑器的修改方法'])
    expect(writesIn('if (moveItem(editors[s], i, 1) >= 0) sync()')).toEqual(['编辑器命令'])
    expect(writesIn('const n = applyFix(flush(), fix)')).toEqual(['通报的同步与修复'])
    expect(writesIn("import { syncEditorsFrom } from '../document/editors'")).toEqual(['store 的内部'])
    expect(writesIn("notice.meta.roundLabel = '第三轮'")).toEqual(['直接改通报'])
    expect(writesIn('n.rectification.items.push(item)')).toEqual(['直接改通报'])
    expect(writesIn("store.update((n) => ({ ...n, signOff })); if (notice.meta.kind === '巡视') x()")).toEqual([])
    expect(
      writesIn("store.applyFix(fix); store.moveItem(s, id, 1) // Transforms.select\nimport type { Editors } from '../document/editors'"),
    ).toEqual([])
  })

  it('renderer/ 中 store 与编辑器插件以外的文件（组件、面板、应用外壳）不直接写通报或 Slate', () => {
    const files = sourceFiles(['renderer'])
    expect(files.length).toBeGreaterThan(40)
    const offenders = files
      .filter((f) => !mayWrite(f))
      .flatMap((f) => writesIn(readFileSync(join(ROOT, f), 'utf8')).map((w) => `${f}: ${w}`))
    expect(offenders).toEqual([])
  })
})
