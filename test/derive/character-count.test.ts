import { describe, expect, it } from 'vitest'
import { characterCount } from '../../core/derive/character-count'
import { noticeText } from '../../core/document/blocks'
import { importFromText } from '../../core/import'
import { seedNames, seedText } from '../support/seeds'

const fromText = (n: Parameters<typeof noticeText>[0]) => noticeText(n).replace(/\s/g, '').length

describe('字数（状态栏）', () => {
  it('与全文去掉空白后的长度相同：每个样例', () => {
    for (const name of seedNames()) {
      const { notice } = importFromText(seedText(name))
      expect(characterCount(notice)).toBe(fromText(notice))
    }
  })

  it('段落按对象缓存：换了一个段落对象（编辑后）数的是新文字，没动的段落沿用', () => {
    const { notice } = importFromText(seedText(seedNames()[0]!))
    const before = characterCount(notice)
    const aspect = notice.rectification.items[0]!
    const item = aspect.children[0]!
    const edited = {
      ...notice,
      rectification: {
        ...notice.rectification,
        items: [
          {
            ...aspect,
            children: [
              { ...item, body: [{ type: 'paragraph' as const, children: [{ text: '新的 整改措施' }] }, ...item.body.slice(1)] },
              ...aspect.children.slice(1),
            ],
          },
          ...notice.rectification.items.slice(1),
        ],
      },
    }
    expect(characterCount(edited)).toBe(fromText(edited))
    expect(characterCount(edited)).not.toBe(before)
    expect(characterCount(notice)).toBe(before)
  })
})
