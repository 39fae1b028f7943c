// 标题不留单字（issue #11）：标题与各级独立标题折行后末行不只剩一个字；不压缩字距、不写强制换行。
// LibreOffice 中同样折行，见 layout-vs-libreoffice.test.ts 的 lone-char 一例。
import { strFromU8, unzipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { exportDocx } from '../../core/export/docx/index'
import { displayWidth, titleLineFits, titleLines } from '../../core/export/title-lines'
import { importNotice } from '../../core/import/index'
import { layoutNotice, paraLines } from '../../core/layout'
import { isLoneLine } from '../../core/layout/layout-notice'
import { loneCharNotice, LONE_HEADING, LONE_TITLE } from '../support/lone-char-notice'
import { seedNames, seedText } from '../support/seeds'

const text = (l: { runs: { text: string }[] }) => l.runs.map((r) => r.text).join('')

/** 版式中每个标题段（标题各行、独立标题）排成的行。 */
function headingLines(notice: Parameters<typeof layoutNotice>[0], roles = /^(title|heading)/): string[][] {
  const byPara = new Map<object, string[]>()
  for (const page of layoutNotice(notice).pages)
    for (const l of page.lines) if (roles.test(l.para.role)) byPara.set(l.para, [...(byPara.get(l.para) ?? []), text(l)])
  return [...byPara.values()]
}

describe('标题不留单字', () => {
  it('单字的判断：一个字，或一个字加不能居行首的点号、后引号', () => {
    expect(isLoneLine('况')).toBe(true)
    expect(isLoneLine('况。')).toBe(true)
    expect(isLoneLine('况”')).toBe(true)
    expect(isLoneLine('情况')).toBe(false)
    expect(isLoneLine('情况。')).toBe(false)
  })

  it('独立标题自然折行末行只剩一个字时，前一行让出字来；每行仍是 28 格的字宽，不压缩字距', () => {
    const layout = layoutNotice(loneCharNotice())
    const p = layout.paras.find((x) => x.role === 'heading1' && text(x) === LONE_HEADING)!
    // 不加调整时末行是单字：这一例确实考到了规则。
    expect(
      paraLines({ ...p, rightPt: 0 })
        .map(text)
        .at(-1),
    ).toBe('况')
    const lines = paraLines(p).map(text)
    expect(lines.join('')).toBe(LONE_HEADING)
    expect(lines.at(-1)).toBe('情况')
    expect(p.rightPt).toBeGreaterThan(0)
    expect(p.runs.every((r) => r.spacingPt === -0.25)).toBe(true)
  })

  it('.docx 中是段落右缩进，不是强制换行', async () => {
    const doc = strFromU8(unzipSync(await exportDocx(loneCharNotice()))['word/document.xml']!)
    const para = new RegExp(`<w:p>(?:(?!</w:p>).)*${LONE_HEADING.slice(2, 10)}(?:(?!</w:p>).)*</w:p>`, 's').exec(doc)![0]
    expect(para).toMatch(/<w:ind w:right="316" w:firstLine="640"\/>/)
    expect(para).not.toMatch(/<w:br\b/)
  })

  it('标题的每行按实际字宽排得下版心：数字多的一行不再被 Word 折出单字', () => {
    // 按“半角算半个字”是 20 字，实际超出版心：旧的回行把它排成一行，Word 中折成“……12” / “月”。
    expect(displayWidth('中共青山县委关于2023年1月至2024年12月')).toBeLessThanOrEqual(20)
    expect(titleLineFits('中共青山县委关于2023年1月至2024年12月')).toBe(false)
    const lines = titleLines(LONE_TITLE)
    expect(lines.join('')).toBe(LONE_TITLE)
    for (const l of lines) expect(titleLineFits(l), l).toBe(true)
    // 版式里标题每行一段，段内不再折行。
    expect(headingLines(loneCharNotice(), /^title$/)).toEqual(lines.map((l) => [l]))
  })

  it('五个样例与这一例：没有哪个标题、独立标题的末行是单字', async () => {
    const notices = [loneCharNotice()]
    for (const s of seedNames()) notices.push((await importNotice({ name: s, bytes: new TextEncoder().encode(seedText(s)) })).notice)
    let multi = 0
    for (const n of notices)
      for (const ls of headingLines(n))
        if (ls.length > 1) {
          multi++
          expect(isLoneLine(ls.at(-1)!), ls.join(' / ')).toBe(false)
        }
    expect(multi).toBeGreaterThan(20)
  })
})
