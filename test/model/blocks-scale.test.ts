// 通报的线性视图（noticeBlocks）不递归：上千层的条目、十几万个条目都不撑爆调用栈（递归在七百层左右就撑爆了），编号照常推导。
import { describe, expect, it } from 'vitest'
import { noticeBlocks } from '../../core/document/blocks'
import { Item } from '../../core/model/item'
import { RichText } from '../../core/model/rich-text'
import { sampleNotice } from '../support/sample-notice'

describe('noticeBlocks 的规模', () => {
  it('2000 层嵌套的条目：每层一段，第 5 层起序号停在第四级', () => {
    const notice = sampleNotice()
    const root = Item.create('aspect', '第1层')
    let at = root
    for (let i = 2; i <= 2000; i++) {
      const child = Item.create('measure', `第${i}层`)
      at.children = [child]
      at = child
    }
    notice.rectification.items = [root]
    const blocks = noticeBlocks(notice).filter((b) => b.part === 'rectification' && b.heading.startsWith('第'))
    expect(blocks).toHaveLength(2000)
    expect(blocks[1999]!.path.length).toBe(3 + 2 * 1999 + 1)
    expect(blocks[1999]!.level).toBe(blocks[10]!.level)
  })

  it('15 万个同级条目：个个都在，序号数到 150000', () => {
    const notice = sampleNotice()
    notice.rectification.items = Array.from({ length: 150_000 }, (_, i) =>
      Item.create('measure', `措施${i + 1}`, { body: RichText.of('落实。') }),
    )
    const blocks = noticeBlocks(notice).filter((b) => b.part === 'rectification' && b.heading.startsWith('措施'))
    expect(blocks).toHaveLength(150_000)
    expect(blocks[149_999]!.marker).toMatch(/150000/)
  })
})
