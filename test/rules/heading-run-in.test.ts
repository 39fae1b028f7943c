import { describe, expect, it } from 'vitest'
import { noticeBlocks, Block } from '../../core/document/blocks'
import { applyFix, validate } from '../../core/rules/index'
import { RichText } from '../../core/model/rich-text'
import { sampleNotice } from '../support/sample-notice'

describe('TB033 独立标题以句号收束：候选“改为与正文同段”', () => {
  it('采纳候选后标题句与正文同段，问题消失，文字不变', () => {
    const n = sampleNotice()
    const problem = n.rectification.items[0]!.children[0]!
    problem.title = '理论学习与工作实际结合不够紧密的问题。'
    problem.body = RichText.of('主要表现为学用脱节。')
    const finding = validate(n).find((f) => f.rule === 'TB033')!
    expect(finding.location.path).toEqual(['rectification', 'items', 0, 'children', 0, 'title'])
    const suggestion = finding.suggestions!.find((s) => s.label.includes('同段'))!
    const fixed = applyFix(n, suggestion)
    expect(fixed.rectification.items[0]!.children[0]!.runIn).toBe(true)
    expect(validate(fixed).filter((f) => f.rule === 'TB033')).toEqual([])
    const para = noticeBlocks(fixed).find((b) => b.heading === problem.title)!
    expect(Block.text(para)).toBe('（一）理论学习与工作实际结合不够紧密的问题。主要表现为学用脱节。')
  })

  it('部分标题没有这个候选（它不是条目）', () => {
    const n = sampleNotice()
    n.rectification.heading = '巡视反馈问题整改落实情况。'
    const finding = validate(n).find((f) => f.rule === 'TB033' && f.location.path[1] === 'heading')!
    expect(finding.fix).toBeDefined()
    expect(finding.suggestions ?? []).toEqual([])
  })
})
