// 条目的名称：有标题用标题，无标题用正文的头几个字；只有两者都空才是“（无标题）”。
import { describe, expect, it } from 'vitest'
import { itemLabel, LABEL_MAX } from '../../core/document/item-label'

describe('itemLabel', () => {
  it('有标题：标题原样（给了字数才截断）', () => {
    expect(itemLabel('健全学习制度。', '修订学习规则。')).toBe('健全学习制度。')
    expect(itemLabel('关于推动高质量发展不够有力问题的整改情况', '', 8)).toBe('关于推动高质量发…')
  })

  it('无标题：正文的头几个字，空白合并', () => {
    const body = '出台“高质量发展30条”，  全区新签约产业链亿元以上项目69个、计划总投资126亿元。'
    expect(itemLabel('', body)).toBe(`${body.replace(/\s+/g, ' ').slice(0, LABEL_MAX)}…`)
    expect(itemLabel(' ', '短句。')).toBe('短句。')
  })

  it('标题和正文都空：（无标题）', () => {
    expect(itemLabel('', '  ')).toBe('（无标题）')
  })
})
