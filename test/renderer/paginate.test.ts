import { describe, expect, it } from 'vitest'
import { Block, noticeBlocks } from '../../core/document/blocks'
import { CHARS_PER_LINE, LINES_PER_PAGE, paginate, wrap } from '../../renderer/preview/paginate'
import { Item, RichText } from '../../core/model'
import { sampleNotice } from '../support/sample-notice'

describe('分页预览', () => {
  it('每页不超过 22 行，每行不超过 28 字（行末可挤进一个点号），正文一字不丢', () => {
    const n = sampleNotice()
    const pages = paginate(noticeBlocks(n))
    for (const p of pages) expect(p.length).toBeLessThanOrEqual(LINES_PER_PAGE)
    const w = (t: string) => Array.from(t).reduce((a, ch) => a + (ch.charCodeAt(0) < 256 ? 0.5 : 1), 0)
    for (const line of pages.flat()) {
      // 点号不出现在行首：排版软件把它挤进上一行，所以行末可多一个点号
      const hanging = /[，。、；：？！）》”’]$/.test(line.text) ? 1 : 0
      expect(w(line.text) + line.indent - hanging).toBeLessThanOrEqual(CHARS_PER_LINE)
    }
    const joined = pages.flat().map((l) => l.text).join('')
    for (const b of noticeBlocks(n)) expect(joined).toContain(Block.text(b).slice(0, 10))
  })

  it('篇幅加倍，页数随之增加', () => {
    const n = sampleNotice()
    const before = paginate(noticeBlocks(n)).length
    n.rectification.items.push(...Array.from({ length: 30 }, (_, i) => Item.create('problem', `新增问题${i + 1}`, { body: RichText.of('整改措施的具体内容'.repeat(8)) })))
    expect(paginate(noticeBlocks(n)).length).toBeGreaterThan(before + 5)
  })

  it('半角字符按半字计', () => {
    expect(wrap('a'.repeat(56), 28, 0)).toHaveLength(1)
    expect(wrap('字'.repeat(56), 28, 0)).toHaveLength(2)
  })
})
