// 修复的应用：纯函数、保留文字样式、一轮中互相冲突的修复不会互相覆盖。
import { describe, expect, it } from 'vitest'
import type { Notice } from '../../core/model/notice'
import { Paragraph, RichText } from '../../core/model/rich-text'
import { applyFix, applyFixes, fixAll } from '../../core/rules/index'
import { spliceRuns } from '../../core/rules/apply-fix'
import { sampleNotice } from '../support/sample-notice'
import { check, deepFreeze, findingsOf, TODAY } from './rule-tester'

describe('applyFix', () => {
  it('不改动原通报，返回新的通报', () => {
    const n = sampleNotice()
    n.organization.paragraphs.push(Paragraph.of('高度重视,认真落实'))
    const frozen = deepFreeze(n)
    const f = findingsOf(frozen, 'TB026')[0]!
    const fixed = applyFix(frozen, f.fix!)
    expect(fixed).not.toBe(frozen)
    expect(Paragraph.text(frozen.organization.paragraphs[1]!)).toBe('高度重视,认真落实')
    expect(Paragraph.text(fixed.organization.paragraphs[1]!)).toBe('高度重视，认真落实')
    // 没改动的部分原样共享
    expect(fixed.rectification).toBe(frozen.rectification)
  })

  it('跨越加粗片段的修改保留两侧的样式', () => {
    const runs = [{ text: '一是' }, { text: '加强领导,', bold: true as const }, { text: '压实责任' }]
    expect(spliceRuns(runs, 6, 7, '，')).toEqual([{ text: '一是' }, { text: '加强领导，', bold: true }, { text: '压实责任' }])
    expect(spliceRuns(runs, 1, 4, '')).toEqual([{ text: '一' }, { text: '领导,', bold: true }, { text: '压实责任' }])
    expect(spliceRuns(runs, 11, 11, '。')).toEqual([{ text: '一是' }, { text: '加强领导,', bold: true }, { text: '压实责任。' }])
  })

  it('路径已不存在或修复会使通报不合法时，原样返回', () => {
    const n = sampleNotice()
    expect(applyFix(n, { kind: 'replace-text', label: '', at: { path: ['organization', 'paragraphs', 9] }, text: 'x' })).toBe(n)
    expect(applyFix(n, { kind: 'set-value', label: '', path: ['signature', 'date'], value: '2024-02-30' })).toBe(n)
    expect(applyFix(n, { kind: 'remove-item', label: '', path: ['rectification', 'items', 7] })).toBe(n)
  })
})

describe('applyFixes 与 fixAll', () => {
  it('同一段中的多处修改一次应用，互不错位', () => {
    const n = sampleNotice()
    n.organization.paragraphs.push(Paragraph.of('高度重视,认真落实;坚持"立行立改",于2024-3-5召开会议.'))
    const once = applyFixes(n, check(n))
    expect(Paragraph.text(once.organization.paragraphs[1]!)).toBe('高度重视，认真落实；坚持“立行立改”，于2024年3月5日召开会议。')
  })

  it('整段替换与同段的范围修改冲突时留到下一轮，fixAll 最终全部改好', () => {
    const n = sampleNotice()
    n.contact.postcodes = ['３１１３００']
    const fixed = fixAll(n, { today: TODAY })
    expect(fixed.contact.postcodes).toEqual(['311300'])
    expect(check(fixed).filter((f) => f.fix)).toEqual([])
  })

  it('删除多条空措施时下标不错位', () => {
    const n: Notice = sampleNotice()
    const problem = n.rectification.items[0]!.children[0]!
    const keep = problem.children.map((c) => c.id)
    const empty = () => ({ ...problem.children[0]!, id: Math.random().toString(36).slice(2, 10), title: '', body: RichText.of('') })
    problem.children = [empty(), problem.children[0]!, empty(), problem.children[1]!, empty()]
    const fixed = fixAll(n, { today: TODAY })
    expect(fixed.rectification.items[0]!.children[0]!.children.map((c) => c.id)).toEqual(keep)
  })
})
