// GB/T 9704 的数字只写在 core/spec：源码里别处出现 22 行、28 字、579、页边距就失败；改 core/spec 的数，纸面 CSS 与导出一起变。
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { strFromU8, unzipSync } from 'fflate'
import { describe, expect, it, vi } from 'vitest'
import { sampleNotice } from '../support/sample-notice'
import { firstMatches, ROOT, sourceFiles } from '../support/source-files'

const DIRS = ['core', 'renderer', 'electron', 'templates']

/** 版式数字的写法：579 twip、28.95 pt、每面 22 行 / 每行 28 字、以 mm 写的纸张与页边距、22/16 pt 字号。 */
const LITERALS: RegExp[] = [
  /\b579\b/,
  /\b28\.95(?!\d)/,
  /\b(?:22|28)\s*(?:行|字|lines?\b|chars?\b)/,
  /(?<![\w.-])(?:210|297|156|225|37|35|28|26)(?:\.\d+)?\s*mm\b/,
  /(?<![\w.-])(?:22|16)\s*pt\b/,
  /\/\s*22\b/,
]

/** 注释里可以说明数字的来历；只看代码和字符串。 */
const code = (text: string) => text.replace(/\/\*[\s\S]*?\*\/|(?<![:'"`])\/\/.*$|<!--[\s\S]*?-->/gm, '')

const literalsIn = (text: string): string[] => firstMatches(LITERALS, code(text))

describe('GB/T 9704 的数字只有一个出处（core/spec）', () => {
  it('扫描能认出各种写法，注释除外', () => {
    expect(literalsIn('padding: 37mm 26mm 35mm 28mm;')).toEqual(['37mm'])
    expect(literalsIn('const LINE = 579')).toEqual(['579'])
    expect(literalsIn('--line: 28.95pt;')).toEqual(['28.95'])
    expect(literalsIn('<p>按每面 22 行、每行 28 字估算</p>')).toEqual(['22 行'])
    expect(literalsIn('font-size: 22pt;')).toEqual(['22pt'])
    expect(literalsIn('line-height: calc(112.5mm / 22);')).toEqual(['/ 22'])
    expect(literalsIn('/* 行距 579 twip */ const x = GRID.linePitchTw // 28.95 pt')).toEqual([])
    expect(literalsIn('rgba(20, 28, 38, 0.45); String.fromCharCode(96 + (n % 26))')).toEqual([])
  })

  it('core/spec 以外的源码（含 CSS）不写这些数', () => {
    const files = sourceFiles(DIRS, /\.(tsx?|css|html)$/)
    expect(files.some((f) => f.endsWith('paper.css'))).toBe(true)
    const offenders = files
      .filter((f) => !f.startsWith('core/spec/'))
      .flatMap((f) => literalsIn(readFileSync(join(ROOT, f), 'utf8')).map((l) => `${f}: ${l}`))
    expect(offenders).toEqual([])
  })

  it('改 core/spec 中的行距和标题字号：编辑器纸面的 CSS 值和 Word、网页导出一起变', async () => {
    vi.resetModules()
    const spec = await import('../../core/spec/gbt9704')
    const grid = spec.GRID as { linePitchTw: number }
    const sizes = spec.FONT_SIZE_PT as Record<string, number>
    const page = spec.PAGE as { topMm: number; topTw: number }
    grid.linePitchTw = 600
    sizes.二号 = 20
    page.topMm = 40
    page.topTw = 2268
    // 模块在改过之后才求值：它们读到的是新数。
    const { paperCssProperties } = await import('../../core/spec/paper-css')
    const { exportDocx } = await import('../../core/export/docx/index')
    const { exportHtmlPage } = await import('../../core/export/html/index')

    expect(paperCssProperties()).toMatchObject({ '--line': '30pt', '--title-size': '20pt', '--margin-top': '40mm' })
    const xml = strFromU8(unzipSync(await exportDocx(sampleNotice()))['word/document.xml']!)
    const styles = strFromU8(unzipSync(await exportDocx(sampleNotice()))['word/styles.xml']!)
    expect(xml + styles).toMatch(/w:line="600"/)
    expect(xml + styles).not.toMatch(/w:line="579"/)
    expect(xml).toMatch(/w:top="2268"/)
    expect(styles).toMatch(/<w:sz w:val="40"\/>/)
    const html = exportHtmlPage(sampleNotice())
    expect(html).toContain('line-height:30pt')
    expect(html).toContain('margin:40mm')
    vi.resetModules()
  })
})
