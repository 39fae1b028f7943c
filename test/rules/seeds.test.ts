// 验收：在真实样例上找出已知的问题（样例 000：巡视通报中的“巡察”、丢了年月日的日期、“4个方面33项”与条目不符；
// 样例 002：电话区号后用了破折号），且不误报核对得上的进度数字。
import { beforeAll, describe, expect, it } from 'vitest'
import { importNotice } from '../../core/import/index'
import type { Notice } from '../../core/model/notice'
import { applyFix, fixAll, type Finding } from '../../core/rules/index'
import { seedNames, seedsExpected, seedText } from '../support/seeds'
import { check, textAt, TODAY } from './rule-tester'

const imported = new Map<string, Notice>()
const importFindings = new Map<string, Finding[]>()

async function load(name: string): Promise<Notice> {
  const { notice, findings } = await importNotice({ name, bytes: new TextEncoder().encode(seedText(name)) })
  importFindings.set(name, findings)
  return notice
}

/** 命令行 validate 输出的全部结果：导入时的发现加上校验结果。 */
function allFindings(name: string): Finding[] {
  return [...importFindings.get(name)!, ...check(imported.get(name)!)]
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
  it('丢了年月日的日期留作结果：2023726 可补回，202331531 给出两种读法', () => {
    const all = allFindings(s.name)
    expect(all.some((f) => f.message.includes('2023726'))).toBe(true)
    expect(all.some((f) => f.message.includes('202331531'))).toBe(true)
    // 导入后文中仍是原来的数字串时，规则给出修复或候选
    const n = s.notice()
    const garbled = check(n).filter((f) => f.rule === 'TB018')
    const one = garbled.find((f) => excerpt(n, f) === '2023726')
    const two = garbled.find((f) => excerpt(n, f) === '202331531')
    if (JSON.stringify(n).includes('2023726')) {
      expect(one?.fix).toBeDefined()
      const fixed = applyFix(n, one!.fix!)
      expect(textAt(fixed, one!.location.path)).toContain('2023年7月26日')
    }
    if (JSON.stringify(n).includes('202331531')) {
      expect(two?.fix).toBeUndefined()
      expect(two?.suggestions?.map((x) => (x.kind === 'replace-text' ? x.text : ''))).toEqual([
        '2023年3月1日至5月31日',
        '2023年3月15日至31日',
      ])
    }
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
    expect(allFindings(s.name).some((f) => f.message.includes('0576—85588636'))).toBe(true)
    const n = s.notice()
    const phones = check(n).filter((f) => f.rule === 'TB011')
    if (!JSON.stringify(n).includes('0576—85588636')) return
    expect(phones.length).toBeGreaterThan(0)
    for (const f of phones) expect(excerpt(n, f)).toContain('0576—85588636')
    let fixed = n
    for (const f of phones) fixed = applyFix(fixed, f.fix!)
    expect(check(fixed).filter((f) => f.rule === 'TB011')).toEqual([])
    expect(JSON.stringify(fixed)).not.toContain('0576—85588636')
    expect(JSON.stringify(fixed.contact)).toContain('0576-85588636')
  })
})

describe('样例中的进度数字（依 seeds-expected.json）', () => {
  const expected = seedsExpected().seeds as Record<string, { count_claims: { text: string; matches: boolean | null }[] }>
  for (const [name, info] of Object.entries(expected)) {
    for (const claim of info.count_claims.filter((c) => c.matches !== null)) {
      it(`${name.slice(0, 3)}：“${claim.text}”${claim.matches ? '对得上，不报告' : '对不上，报告'}`, () => {
        const n = imported.get(name)!
        const reported = check(n).filter(
          (f) => f.rule === 'TB022' && (textAt(n, f.location.path) ?? '').replace(/,/g, '，').includes(claim.text.replace(/,/g, '，')),
        )
        expect(reported.length > 0).toBe(!claim.matches)
      })
    }
  }
})

describe('样例中的统计细分（依 seeds-expected.json）', () => {
  const expected = seedsExpected().seeds as Record<string, { structure: { statistics?: { breakdowns_sum_correctly?: boolean } } }>
  for (const [name, info] of Object.entries(expected)) {
    if (info.structure.statistics?.breakdowns_sum_correctly !== true) continue
    it(`${name.slice(0, 3)}：细分加起来等于总数，不报告`, () => {
      expect(check(imported.get(name)!).filter((f) => f.rule === 'TB023' || f.rule === 'TB024')).toEqual([])
    })
  }
  it('把一个细分数字改错就会报告', () => {
    const name = Object.keys(expected).find((n) => expected[n]!.structure.statistics?.breakdowns_sum_correctly)!
    const original = JSON.stringify(imported.get(name)!)
    // 统计写在文字里就改文字，存为结构化数字就改数字
    const broken = JSON.parse(original.replace(/开除党籍(\d+)人/, (_, d: string) => `开除党籍${Number(d) + 1}人`)) as Notice
    if (JSON.stringify(broken) === original) broken.statistics.partyDiscipline.breakdown[0]!.count++
    expect(check(broken).filter((f) => f.rule === 'TB023' || f.rule === 'TB024').length).toBeGreaterThan(0)
  })
})

describe('全部样例', () => {
  it('一键修复收敛：反复应用全部修复后，不再有可修复的问题，也不再有半角标点', () => {
    for (const [name, notice] of imported) {
      const left = check(fixAll(notice, { today: TODAY }))
      expect(
        left.filter((f) => f.fix),
        name,
      ).toEqual([])
      expect(
        left.filter((f) => f.rule === 'TB026'),
        name,
      ).toEqual([])
    }
  })
})
