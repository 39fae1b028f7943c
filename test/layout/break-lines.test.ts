// 折行规则（core/layout/break-lines）：与 LibreOffice 7.4 对照样例得出的几条，各用一段最小的文字检验。
// 每段都在“差一点排得下”的宽度上试：规则一变，断点就变。
import { describe, expect, it } from 'vitest'
import { breakLines, measurePt, type Span } from '../../core/layout/break-lines'
import { AUTO_SPACE_EM, runFace } from '../../core/layout/metrics'

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
