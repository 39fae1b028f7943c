// TB057：读起来是正文句子的独立措施标题。两种候选修改各自收敛（与 TB033 一起），文字一字不丢；样例中只报那一处。
import { describe, expect, it } from 'vitest'
import { Block, noticeBlocks } from '../../core/document/blocks'
import { importFromText } from '../../core/import/import-from-text'
import { getAtPath, type Path } from '../../core/model/item'
import type { Item, Notice } from '../../core/model/notice'
import { RichText } from '../../core/model/rich-text'
import { applyFix, type Finding, validate } from '../../core/rules/index'
import { clauseCount, readsAsSentence } from '../../core/rules/heading-sentence'
import { sampleNotice } from '../support/sample-notice'
import { seedNames, seedText } from '../support/seeds'

const TODAY = '2025-06-30'
const SENTENCE = '压实班子责任制定《领导班子成员全面从严治党履责清单》,明确要求班子成员带头落实,全面压实从严治党主体责任'
const MEASURE: Path = ['rectification', 'items', 0, 'children', 0, 'children', 0]

function withSentenceHeading(body: string[]): Notice {
  const n = sampleNotice()
  const m = n.rectification.items[0]!.children[0]!.children[0]!
  m.runIn = false
  m.title = SENTENCE
  m.body = RichText.of(...body)
  return n
}

const tb057 = (n: Notice) => validate(n, { today: TODAY }).filter((f) => f.rule === 'TB057')

/** 反复采纳“标签”候选与各规则在该条目上的修复，直到没有可做的（同 ESLint 的多轮修复）。 */
function settle(n: Notice, label: string): Notice {
  for (let i = 0; i < 10; i++) {
    const own = (f: Finding) => f.location.path.slice(0, MEASURE.length).join('/') === MEASURE.join('/')
    const findings = validate(n, { today: TODAY }).filter(own)
    const next =
      findings.flatMap((f) => f.suggestions ?? []).find((s) => s.label === label) ?? findings.find((f) => f.rule === 'TB033' && f.fix)?.fix
    if (!next) return n
    n = applyFix(n, next)
  }
  throw new Error('修复没有收敛')
}

describe('TB057 句子样的独立标题', () => {
  it('分句只数引号、书名号之外的逗号分号', () => {
    expect(clauseCount(SENTENCE)).toBe(3)
    expect(clauseCount('针对“集疏运体系相对滞后,园区企业物流费用相对较高”问题的整改进展情况')).toBe(1)
    expect(readsAsSentence('提高站位，强化担当，坚决扛起巡察整改政治责任')).toBe(false)
  })

  it('“与下文合并为正文”：标题句补句号后接在第一段正文前，条目不再有标题，问题消失', () => {
    const fixed = settle(withSentenceHeading(['全年开展专题学习12次。']), '与下文合并为正文')
    const m = getAtPath(fixed, MEASURE) as Item
    expect(m.title).toBe('')
    expect(RichText.texts(m.body)).toEqual([`${SENTENCE}。全年开展专题学习12次。`])
    expect(tb057(fixed)).toEqual([])
    // 导出时是一段正文，序号后直接接句子
    expect(noticeBlocks(fixed).some((b) => Block.text(b) === `1.${SENTENCE}。全年开展专题学习12次。`)).toBe(true)
  })

  it('“与下文合并为正文”：没有正文时标题句自成一段', () => {
    const fixed = settle(withSentenceHeading([]), '与下文合并为正文')
    expect(RichText.texts((getAtPath(fixed, MEASURE) as Item).body)).toEqual([`${SENTENCE}。`])
  })

  it('“改为与正文同段”：成为标题句，TB033 补上句号后两条规则都不再报告', () => {
    const fixed = settle(withSentenceHeading(['全年开展专题学习12次。']), '改为与正文同段')
    const m = getAtPath(fixed, MEASURE) as Item
    expect(m.runIn).toBe(true)
    expect(m.title).toBe(`${SENTENCE}。`)
    expect(
      validate(fixed, { today: TODAY }).filter(
        (f) => (f.rule === 'TB057' || f.rule === 'TB033') && f.location.path.join('/').startsWith(MEASURE.join('/')),
      ),
    ).toEqual([])
  })

  it('样例中只报样例 001 那一处（“（二）压实区委班子一岗双责制定《…》”）', () => {
    const found = seedNames().flatMap((name) => tb057(importFromText(seedText(name)).notice).map((f) => ({ name, f })))
    expect(found.map((x) => x.name)).toEqual([seedNames().find((s) => s.startsWith('001'))])
    const { notice } = importFromText(seedText(found[0]!.name))
    expect(getAtPath(notice, found[0]!.f.location.path)).toMatch(/^压实区委班子一岗双责制定《/)
  })
})
