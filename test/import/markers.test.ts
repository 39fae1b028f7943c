// 段首序号：各种写法都认得，像序号的正文（小数、年份）不误认。
import { describe, expect, it } from 'vitest'
import { readMarker } from '../../core/import/markers'

describe('序号识别', () => {
  it.each([
    ['一、关于问题的整改情况', 'han', 1, '关于问题的整改情况'],
    ['十二、关于问题', 'han', 12, '关于问题'],
    ['（三）加强监督。', 'paren-han', 3, '加强监督。'],
    ['(三)加强监督。', 'paren-han', 3, '加强监督。'],
    ['1. 关于“某某”问题的整改。', 'arabic', 1, '关于“某某”问题的整改。'],
    ['12.针对问题', 'arabic', 12, '针对问题'],
    ['3．全角点', 'arabic', 3, '全角点'],
    ['（2）强化督查', 'paren-arabic', 2, '强化督查'],
    ['(2)强化督查', 'paren-arabic', 2, '强化督查'],
    [')全力抓好安全生产管理。', 'bare-paren', null, '全力抓好安全生产管理。'],
    // 三级序号“1.”紧接年份（导出时四级的“(1)”写作“1.”，再导入要认得）：四位数后跟“年”不是小数。
    ['1.2022年9月28日，签订协议。', 'arabic', 1, '2022年9月28日，签订协议。'],
  ])('“%s”', (text, kind, value, rest) => {
    expect(readMarker(text)).toEqual({ marker: expect.objectContaining({ kind, value }), rest })
  })

  it.each(['2.5万元资金已拨付', '1.5年内完成', '2023年以来', '一是加强领导', '关于问题', '（此处为括注）说明', '一、'])(
    '“%s” 不是序号',
    (text) => {
      expect(readMarker(text)).toBeNull()
    },
  )
})
