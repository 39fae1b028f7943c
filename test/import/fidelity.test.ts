// 文本保真度的量法本身：漏一句、多一句、改一个字都会扣分；序号样式、空白和半角标点不算差别。
import { describe, expect, it } from 'vitest'
import { textFidelity } from '../../core/import/fidelity'
import { importFromText } from '../../core/import/import-from-text'
import type { Notice } from '../../core/model/notice'
import { RichText } from '../../core/model/rich-text'

const source = [
  '中共某县委关于十五届省委第一轮巡视整改进展情况的通报',
  '根据省委统一部署,省委第一巡视组对某县进行了巡视。按照有关要求,现予公布。',
  '一、关于“某某”问题的整改情况',
  '(一)加强学习。开展专题学习5次。',
  '(二)健全制度。出台制度3项。',
  '下一步,某县委将持续推进整改。',
]

const imported = (): Notice => importFromText(source.join('\n')).notice

describe('textFidelity', () => {
  it('原样导入为 100%（原文半角括号序号与推导出的“（一）”不算差别）', () => {
    expect(textFidelity(source, imported()).score).toBe(1)
  })

  it('漏掉一句会扣分并列出', () => {
    const n = imported()
    n.rectification.items[0]!.children[1]!.body = []
    const f = textFidelity(source, n)
    expect(f.score).toBeLessThan(1)
    expect(f.missing).toEqual(['出台制度3项。'])
  })

  it('重复一句会扣分', () => {
    const n = imported()
    n.nextSteps.paragraphs = RichText.of('下一步,某县委将持续推进整改。', '下一步,某县委将持续推进整改。')
    const f = textFidelity(source, n)
    expect(f.score).toBeLessThan(1)
    expect(f.extra).toHaveLength(1)
  })

  it('改动一个字会扣分', () => {
    const n = imported()
    n.rectification.items[0]!.children[0]!.body = RichText.of('开展专题学习6次。')
    expect(textFidelity(source, n).score).toBeLessThan(1)
  })
})
