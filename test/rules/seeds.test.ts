// 验收：在真实样例上找出已知的问题（样例 000：巡视通报中的“巡察”、丢了年月日的日期、“4个方面33项”与条目不符；
// 样例 002：电话区号后用了破折号），且不误报核对得上的进度数字。
import { beforeAll, describe, expect, it } from 'vitest'
import { importNotice } from '../../core/import/index'
import type { Notice } from '../../core/model/notice'
import { applyFix, fixAll, type Finding } from '../../core/rules/index'
import { seedNames, seedsExpected, seedText } from '../support/seeds'
import { check, textAt, TODAY } from './rule-tester'

const imported = new Map<string, Notice>()

async function load(name: string): Promise<Notice> {
  const { notice } = await importNotice({ name, bytes: new TextEncoder().encode(seedText(name)) })
  return notice
}

/** 结果所指的原文片段。 */
function excerpt(notice: Notice, f: Finding): string {
  const text = textAt(notice, f.location.path) ?? ''
  return f.location.range ? text.slice(...f.location.range) : text
}

const seed = (prefix: string) => {
  const name = seedNames().find((s) => s.startsWith(prefix))!
  return { name, notice: () => imported.get(name)! }
}

beforeAll(async () => {
  for (const name of seedNames()) imported.set(name, await load(name))
})

describe('样例 000（巡视）', () => {
  const s = seed('000_')
  it('找出文中的“巡察整改”并可改为“巡视”', () => {
    const n = s.notice()
    const hits = check(n).filter((f) => f.rule === 'TB019')
    expect(hits.map((f) => excerpt(n, f))).toEqual(['巡察'])
    const fixed = applyFix(n, hits[0]!.fix!)
    expect(check(fixed).filter((f) => f.rule === 'TB019')).toEqual([])
  })
  it('找出丢了年月日的日期：2023726 可补回，202331531 给出两种读法', () => {
    const n = s.notice()
    const garbled = check(n).filter((f) => f.rule === 'TB018')
    const one = garbled.find((f) => excerpt(n, f) === '2023726')
    const two = garbled.find((f) => excerpt(n, f) === '202331531')
    expect(one?.fix).toBeDefined()
    expect(excerpt(applyFix(n, one!.fix!), { ...one!, location: { path: one!.location.path, range: [one!.location.range![0], one!.location.range![0] + 10] } })).toBe('2023年7月26日')
    expect(two?.fix).toBeUndefined()
    expect(two?.suggestions?.length).toBe(2)
  })
  it('“4个方面33项具体问题”与逐条整改的条目数不符', () => {
    const n = s.notice()
    const claims = check(n).filter((f) => f.rule === 'TB022')
    expect(claims.map((f) => excerpt(n, f))).toContain('33')
    expect(claims.every((f) => f.severity === 'error')).toBe(true)
  })
})

describe('样例 002（巡察）', () => {
  const s = seed('002_')
  it('找出用破折号分隔区号的电话，修复后为 0576-85588636', () => {
    const n = s.notice()
    const phones = check(n).filter((f) => f.rule === 'TB011')
    expect(phones.length).toBeGreaterThan(0)
    for (const f of phones) expect(excerpt(n, f)).toContain('0576—85588636')
    let fixed = n
    for (const f of phones) fixed = applyFix(fixed, f.fix!)
    expect(check(fixed).filter((f) => f.rule === 'TB011')).toEqual([])
    expect(JSON.stringify(fixed.contact)).toContain('0576-85588636')
  })
})

describe('样例中的进度数字（依 seeds-expected.json）', () => {
  const expected = seedsExpected().seeds as Record<string, { count_claims: { text: string; matches: boolean | null }[] }>
  for (const [name, info] of Object.entries(expected)) {
    for (const claim of info.count_claims.filter((c) => c.matches !== null)) {
      it(`${name.slice(0, 3)}：“${claim.text}”${claim.matches ? '对得上，不报告' : '对不上，报告'}`, () => {
        const n = imported.get(name)!
        const reported = check(n).filter((f) => f.rule === 'TB022' && (textAt(n, f.location.path) ?? '').replace(/,/g, '，').includes(claim.text.replace(/,/g, '，')))
        expect(reported.length > 0).toBe(!claim.matches)
      })
    }
  }
})

describe('全部样例', () => {
  it('一键修复收敛：反复应用全部修复后，不再有可修复的问题，也不再有半角标点', () => {
    for (const [name, notice] of imported) {
      const left = check(fixAll(notice, { today: TODAY }))
      expect(left.filter((f) => f.fix), name).toEqual([])
      expect(left.filter((f) => f.rule === 'TB026'), name).toEqual([])
    }
  })
})
