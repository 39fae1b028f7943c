// 折行规则（core/layout/break-lines）：与 LibreOffice 7.4 对照样例得出的几条，各用一段最小的文字检验。
// 每段都在“差一点排得下”的宽度上试：规则一变，断点就变。
import { describe, expect, it } from 'vitest'
import { breakLines, measurePt, type Span } from '../../core/layout/break-lines'
import { AUTO_SPACE_EM } from '../../core/layout/metrics'

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

  it('半角逗号与其后的数字不分开，逗号因此不悬挂', () => {
    expect(lines('检查力度,2022年', width('检查力度'))[0]).toBe('检查力')
  })

  it('“1+N+1”是一个西文词，不从中间断开', () => {
    expect(lines('已形成1+N+1体系', width('已形成1+N+'))).toEqual(['已形成', '1+N+1体系'])
  })
})
