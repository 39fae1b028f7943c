import { describe, expect, it } from 'vitest'
import { cleanText } from '../../core/export/clean-text'

describe('导出前的文字清理', () => {
  it('规范化为 NFC', () => {
    expect(cleanText('Cafe\u0301')).toBe('Café')
  })

  it('去掉控制字符与双向控制符，汉字原样保留', () => {
    expect(cleanText('整改\u0000落实\u202E完成\u2066情况\u200F')).toBe('整改落实完成情况')
  })

  it('段内换行与制表符化为空格', () => {
    expect(cleanText('第一行\n第二行\t第三行\r\n')).toBe('第一行 第二行 第三行  ')
  })

  it('去掉孤立的代理项，完整的增补字符保留', () => {
    expect(cleanText('𠮷\uD800野家\uDC00')).toBe('𠮷野家')
  })
})
