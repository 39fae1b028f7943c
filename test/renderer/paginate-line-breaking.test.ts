import { describe, expect, it } from 'vitest'
import { wrap } from '../../renderer/preview/paginate'

describe('分页预览的行首行尾规则（GB/T 15834）', () => {
  it('句号、逗号不出现在行首：挤进上一行', () => {
    const text = '一'.repeat(28) + '，二三。'
    const lines = wrap(text, 28, 0)
    expect(lines[0]).toBe('一'.repeat(28) + '，')
    expect(lines[1]).toBe('二三。')
  })

  it('前引号、前括号不出现在行尾：移到下一行', () => {
    const text = '一'.repeat(27) + '“两个维护”'
    const lines = wrap(text, 28, 0)
    expect(lines[0]).toBe('一'.repeat(27))
    expect(lines[1]).toBe('“两个维护”')
  })

  it('普通文字仍每行 28 字，首行缩进 2 字', () => {
    const lines = wrap('字'.repeat(60), 28, 2)
    expect(lines.map((l) => l.length)).toEqual([26, 28, 6])
  })
})
