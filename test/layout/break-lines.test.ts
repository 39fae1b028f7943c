// 折行规则（core/layout/break-lines）：与 LibreOffice 7.4 对照样例得出的几条，各用一段最小的文字检验。
// 每段都在“差一点排得下”的宽度上试：规则一变，断点就变。
import { describe, expect, it } from 'vitest'
import { breakLines, glyphs, measurePt, type Span } from '../../core/layout/break-lines'
import { advanceEm, AUTO_SPACE_EM, OTHER, runFace, scriptOf } from '../../core/layout/metrics'

const span = (text: string): Span[] => [{ text, face: 'serif', sizePt: 16, spacingPt: -0.25 }]
const lines = (text: string, widthPt: number) =>
  breakLines(span(text), { widthPt, firstIndentPt: 0, autoSpaceEm: AUTO_SPACE_EM }).map((l) => text.slice(l.start, l.end))
const width = (text: string) => measurePt(span(text))

describe('折行', () => {
  it('汉字段里的半角括号比字体宽度多占一点：宽度刚好等于按字体算的宽度时排不下', () => {
    const text = '以上(含市级)企业'
    const naive = 5 * 15.75 + 2 * (0.364 * 16 - 0.25) + 15.75 // 不加修正时“以上(含市级)企”的宽度
    expect(width('以上(含市级)企')).toBeGreaterThan(naive)
    expect(lines(text, naive)[0]).toBe('以上(含市级)')
    expect(lines(text, width('以上(含市级)企'))[0]).toBe('以上(含市级)企')
  })

  it('西文段后的句号不悬挂：“100%。”整体移到下一行', () => {
    const text = '办结率为100%。对巡视'
    expect(lines(text, width('办结率为100%'))).toEqual(['办结率为', '100%。对巡视'])
    // 汉字后的句号照常悬挂
    expect(lines('办结率为满。对巡视', width('办结率为满'))).toEqual(['办结率为满。', '对巡视'])
  })

  it('汉字后的半角逗号照样悬挂，其后是数字也在逗号后断开', () => {
    // [VERIFIED：LibreOffice 7.4 试排“……事事,2022年”“……事事,14名”都是逗号悬挂、数字起下一行；样例 003“工作,/14名”]
    expect(lines('检查力度,2022年', width('检查力度'))).toEqual(['检查力度,', '2022年'])
    expect(lines('检查工作,14名', width('检查工作'))).toEqual(['检查工作,', '14名'])
  })

  it('连字符之后可以断开，之前不断：“1-9月”排不下时断成“1-”与“9月”', () => {
    expect(lines('转型发展。1-9月全区', width('转型发展。1-'))).toEqual(['转型发展。1-', '9月全区'])
    expect(lines('转型发展。1-9月全区', width('转型发展。1'))).toEqual(['转型发展。', '1-9月全区'])
  })

  it('不换行空格（U+00A0）与空格同宽，不按一个汉字算', () => {
    expect(width('落地见效\u00a0进一步')).toBeCloseTo(width('落地见效 进一步'), 5)
    expect(width('落地见效\u00a0进一步')).toBeLessThan(width('落地见效进一步') + 5)
  })

  it('“1+N+1”是一个西文词，不从中间断开', () => {
    expect(lines('已形成1+N+1体系', width('已形成1+N+'))).toEqual(['已形成', '1+N+1体系'])
  })

  it('加粗的半角字按粗体的字宽算（Noto Serif CJK SC Bold：“2”0.594 字，常规体 0.558 字），汉字不变', () => {
    const bold: Span[] = [{ text: '2.', face: runFace('fangsong', true), sizePt: 16, spacingPt: -0.25 }]
    expect(measurePt(bold) - width('2.')).toBeCloseTo((0.594 - 0.558 + 0.335 - 0.327) * 16, 5)
    expect(measurePt([{ ...bold[0]!, text: '严格' }])).toBeCloseTo(width('严格'), 5)
    // 楷体没有粗体字形（加粗是描粗），字宽不变。
    expect(runFace('kaiti', true)).toBe('kai')
  })

  it('后引号与其后的数字不断开：“好干部”10人”排不下时“部”10人”一起移到下一行；后引号之后是汉字照常断开', () => {
    expect(lines('作为好干部”10人', width('作为好干部”1'))).toEqual(['作为好干', '部”10人'])
    expect(lines('作为好干部”的人', width('作为好干部”'))).toEqual(['作为好干部”', '的人'])
  })
})

describe('字的类别按码位判断', () => {
  // 折行时每个字都要判断类别，原先用字符类（正则），现按码位比较；这里逐个码位核对二者相同（整个基本多文种平面与几个增补平面的字）。
  const all = [...Array.from({ length: 0xd800 }, (_, i) => i), ...Array.from({ length: 0x10000 - 0xe000 }, (_, i) => 0xe000 + i)]
    .concat([0x20000, 0x2a6d6, 0x1f600])
    .map((cp) => String.fromCodePoint(cp))
  it('scriptOf：拉丁字母、数字与 U+00C0–024F 为 western', () => {
    const byClass = (ch: string) =>
      /[A-Za-z0-9\u00c0-\u024f]/.test(ch) ? 'western' : ch.codePointAt(0)! >= 0x2e80 || /[\u2460-\u24ff]/.test(ch) ? 'asian' : 'weak'
    expect(all.filter((ch) => scriptOf(ch) !== byClass(ch))).toEqual([])
  })
  it('中西文间距与汉字段里的半角标点：全角标点两侧不加间距，半角标点多算宽度', () => {
    const PUNCT = /[\u3000-\u303f\uff00-\uff65“”‘’…—]/
    const HALF = /^[!-/:-@[-`{-~]$/
    const wrong = all.filter((ch) => {
      // 汉字与这个字相邻、字母与这个字相邻：有无间距、是否多算宽度，照字符类推出应得的结果比对。
      const [a, b] = [
        glyphs([{ text: `字${ch}`, face: 'serif', sizePt: 16, spacingPt: 0 }], AUTO_SPACE_EM),
        glyphs([{ text: `A${ch}`, face: 'serif', sizePt: 16, spacingPt: 0 }], AUTO_SPACE_EM),
      ]
      const strong = scriptOf(ch) !== 'weak' && !PUNCT.test(ch)
      const gapAfterHan = strong && scriptOf(ch) === 'western'
      const gapAfterLatin = strong && scriptOf(ch) === 'asian'
      return a[1]!.gapBefore > 0 !== gapAfterHan || b[1]!.gapBefore > 0 !== gapAfterLatin || (a[1]!.fitted === 'punct') !== HALF.test(ch)
    })
    expect(wrong).toEqual([])
  })
})

it('字宽表 OTHER 只收 U+0080–U+2E7F 的字：advanceEm 对 U+2E80 起的字不查表，一律 1 字', () => {
  for (const [face, table] of Object.entries(OTHER)) {
    expect(
      Object.keys(table).filter((ch) => ch.codePointAt(0)! < 0x80 || ch.codePointAt(0)! >= 0x2e80),
      face,
    ).toEqual([])
    for (const [ch, w] of Object.entries(table)) expect(advanceEm(ch, face as keyof typeof OTHER)).toBe(w / 1000)
  }
  expect(advanceEm('汉', 'serif')).toBe(1)
})
