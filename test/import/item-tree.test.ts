// 条目树：层级由序号样式首次出现的先后决定；原文序号跳号、残缺时记为 finding，序号按位置重排。
import { describe, expect, it } from 'vitest'
import { parseItems } from '../../core/import/item-tree'

const outline = (items: ReturnType<typeof parseItems>['items']): unknown =>
  items.map((i) => (i.children.length ? [i.title, outline(i.children)] : i.title))

describe('parseItems', () => {
  it('“1.”在上、“（1）”在下，与“（1）”在上、“1.”在下，都按出现先后定层级', () => {
    const a = parseItems(['1.甲问题。', '（1）措施一。做法。', '2.乙问题。', '（1）措施二。做法。'], ['rectification', 'items'], true)
    const b = parseItems(['（1）甲问题。', '1.措施一。做法。', '（2）乙问题。', '1.措施二。做法。'], ['rectification', 'items'], true)
    expect(outline(a.items)).toEqual([
      ['甲问题。', ['措施一。']],
      ['乙问题。', ['措施二。']],
    ])
    expect(outline(b.items)).toEqual(outline(a.items))
  })

  it('跳号记为 finding，指向跳号的条目', () => {
    const { items, findings } = parseItems(['一、甲', '正文。', '三、丙', '正文。'], ['rectification', 'items'], true)
    expect(items).toHaveLength(2)
    expect(findings).toEqual([expect.objectContaining({ rule: 'TB108', location: { path: ['rectification', 'items', 1, 'title'] } })])
  })

  it('连续编号、每层重新起数时没有 finding', () => {
    const { findings } = parseItems(
      ['一、甲', '（一）子一。文。', '（二）子二。文。', '二、乙', '（一）子三。文。'],
      ['rectification', 'items'],
      true,
    )
    expect(findings).toEqual([])
  })

  it('第一个编号段落之前的段落是前言，不进条目', () => {
    const { preamble, items } = parseItems(['总的情况说明。', '一、甲', '正文。'], ['organization', 'items'], false)
    expect(preamble).toEqual(['总的情况说明。'])
    expect(items.map((i) => i.role)).toEqual(['measure'])
  })

  it('序号后直接是正文（首句带数字细节）时，条目没有小标题', () => {
    const { items } = parseItems(
      ['1. 关于“甲”问题的整改。', '(1)制定方案，明确任务12项。完成8项。', '(2)开展检查3次，发现问题5个，均已整改到位并建立长效机制。'],
      ['rectification', 'items'],
      true,
    )
    expect(items[0]!.children.map((c) => [c.title, c.body.length])).toEqual([
      ['', 1],
      ['', 1],
    ])
  })
})

describe('同级条目的角色一致', () => {
  it('多数是问题时，小标题像“问题”的个别条目不被当成方面，其下仍是措施', () => {
    const paragraphs = ['甲', '乙', '丙', '丁'].flatMap((x, i) => [
      `${'一二三四'[i]}、关于${x}工作不够到位问题的整改情况`,
      '（一）强化措施。已建立制度。',
      '（二）加强督查。已开展检查。',
    ])
    paragraphs.push('五、关于戊工作不够到位问题的整改情况', '（一）关于台账不全的问题', '已补齐全部台账。', '（二）完善机制。已出台办法。')
    const { items } = parseItems(paragraphs, ['rectification', 'items'], true)
    expect(items.map((i) => i.role)).toEqual(['problem', 'problem', 'problem', 'problem', 'problem'])
    expect(items[4]!.children.map((c) => c.role)).toEqual(['measure', 'measure'])
  })

  it('各条都有下级问题时仍是方面', () => {
    const { items } = parseItems(
      ['一、关于党的建设方面', '（一）关于组织生活不规范的问题', '二、关于作风建设方面', '（一）关于文山会海的问题'],
      ['rectification', 'items'],
      true,
    )
    expect(items.map((i) => i.role)).toEqual(['aspect', 'aspect'])
  })
})
