// 按规则成批修正（issue #10）：分组与计数、“可安全修正”的含义在真实样例上成立——只改字符的写法，不改字词和结构。
import { beforeAll, describe, expect, it } from 'vitest'
import { noticeText } from '../../core/document/blocks'
import { importNotice } from '../../core/import/index'
import { Item } from '../../core/model'
import type { Notice } from '../../core/model/notice'
import { type Finding, fixAll, groupByRule, isSafeFix, RULES, tallyFindings, tallyLabel } from '../../core/rules/index'
import { seedNames, seedText } from '../support/seeds'
import { check, TODAY } from './rule-tester'

const seeds = new Map<string, Notice>()
beforeAll(async () => {
  for (const name of seedNames()) seeds.set(name, (await importNotice({ name, bytes: new TextEncoder().encode(seedText(name)) })).notice)
})

const finding = (rule: string, severity: Finding['severity'], fix = false): Finding => ({
  rule,
  severity,
  message: rule,
  location: { path: ['title'] },
  ...(fix
    ? { fix: { kind: 'replace-text' as const, label: '改', at: { path: ['title'], range: [0, 1] as [number, number] }, text: 'x' } }
    : {}),
})

describe('groupByRule 与 tallyFindings', () => {
  it('同一规则的结果并成一组，错误组在前，组内计数与可安全修正数分开算', () => {
    const fs = [
      finding('TB052', 'info'),
      finding('TB026', 'error', true),
      finding('TB033', 'error', true),
      finding('TB026', 'error', true),
      finding('TB026', 'warning'),
    ]
    const groups = groupByRule(fs)
    expect(groups.map((g) => [g.rule, g.findings.length, g.safeFixes, g.severity])).toEqual([
      ['TB026', 3, 2, 'error'],
      ['TB033', 1, 0, 'error'], // TB033 有修复，但不是可安全修正的规则
      ['TB052', 1, 0, 'info'],
    ])
    expect(groups[0]!.title).toBe('半角标点')
  })

  it('计数含提示；文字列出非零的各项', () => {
    const t = tallyFindings([finding('TB026', 'error'), finding('TB052', 'info'), finding('TB052', 'info')])
    expect(t).toEqual({ error: 1, warning: 0, info: 2 })
    expect(tallyLabel(t)).toBe('错误 1 条，提示 2 条')
    expect(tallyLabel(tallyFindings([]))).toBe('没有问题')
  })
})

/** 只留汉字：可安全修正只改标点、数字的全半角、空格和格式字符，汉字的序列（除日期格式补出的年月日外）不变。 */
const hanOnly = (n: Notice) =>
  noticeText(n)
    .replace(/[^\p{Script=Han}]/gu, '')
    .replace(/[年月日至]/g, '')
const shape = (n: Notice) => [...Item.all(n)].map(({ item, path }) => `${path.join('/')}:${item.role}:${item.body.length}`)

describe('可安全修正（RuleMeta.safeFix）', () => {
  it('有此标记的规则都在登记表里，且至少有一条（否则“一键修正”什么也不做）', () => {
    expect(RULES.filter((r) => r.meta.safeFix).map((r) => r.meta.code)).toContain('TB026')
  })

  it('每个样例：一键修正后没有可安全修正的结果，汉字与条目结构不变，需要判断的结果原样留下', () => {
    for (const [name, notice] of seeds) {
      const before = check(notice)
      const fixed = fixAll(notice, { today: TODAY, select: isSafeFix })
      const after = check(fixed)
      expect(before.filter(isSafeFix).length, name).toBeGreaterThan(0)
      expect(after.filter(isSafeFix), name).toEqual([])
      expect(hanOnly(fixed), name).toBe(hanOnly(notice))
      expect(shape(fixed), name).toEqual(shape(notice))
      expect(fixed.meta, name).toEqual(notice.meta)
      // 不可安全修正的规则（如 TB033 小标题末尾的标点）不被批量修正碰到
      const unsafe = (fs: Finding[]) => fs.filter((f) => f.fix && !isSafeFix(f) && f.rule !== 'TB027').length
      expect(unsafe(after), name).toBe(unsafe(before))
    }
  })

  it('只修一条规则：其他规则的结果一条不少', () => {
    const notice = seeds.get(seedNames().find((n) => n.startsWith('003_'))!)!
    const before = check(notice)
    const after = check(fixAll(notice, { today: TODAY, select: (f) => isSafeFix(f) && f.rule === 'TB043' }))
    expect(before.filter((f) => f.rule === 'TB043').length).toBeGreaterThan(0)
    expect(after.filter((f) => f.rule === 'TB043')).toEqual([])
    expect(after.filter((f) => f.rule === 'TB026').length).toBe(before.filter((f) => f.rule === 'TB026').length)
  })
})
