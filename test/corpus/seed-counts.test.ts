// 每份样例导入后推导出的方面、问题、具体问题数，与 seeds-expected.json 中人工读出的数目对照（写明了的才对照）。
import { describe, expect, it } from 'vitest'
import { progress } from '../../core/derive/progress'
import { importFromText } from '../../core/import/import-from-text'
import { Item } from '../../core/model/item'
import { seedNames, seedsExpected, seedText } from '../support/seeds'

type Counts = Partial<Record<'aspects' | 'problems' | 'specificProblems', number>>
const LEVEL_NAME: Record<string, keyof Counts> = { 方面: 'aspects', 问题: 'problems', 具体问题: 'specificProblems' }

/** 人工读法写明的数目：按层级命名的（样例 004），或经核对与正文相符的进度句（样例 002 的“7方面20个问题”）。 */
function statedCounts(seed: string): Counts {
  const e = seedsExpected().seeds[seed]!
  const rect = e.structure.rectification
  const out: Counts = {}
  for (const level of rect.levels ?? []) {
    const key = LEVEL_NAME[String(level.name).split(' ')[0]!]
    if (key) out[key] = level.count
  }
  for (const claim of e.structure.count_claims ?? e.count_claims ?? []) {
    if (claim.matches !== true) continue
    if (typeof claim.claimed.方面 === 'number') out.aspects = claim.claimed.方面
    if (typeof claim.claimed.问题 === 'number') out.problems = claim.claimed.问题
  }
  return out
}

describe.each(seedNames())('样例 %s 的条目数', (seed) => {
  const notice = importFromText(seedText(seed)).notice
  const rect = seedsExpected().seeds[seed]!.structure.rectification

  it('逐条整改的条目总数与人工读法相同', () => {
    const total = rect.levels
      ? rect.levels.reduce((s: number, l: { count?: number }) => s + (l.count ?? 0), 0)
      : rect.top_level_count + rect.sub_total
    expect(Item.count(notice.rectification.items)).toBe(total)
  })

  const stated = statedCounts(seed)
  it.skipIf(Object.keys(stated).length === 0)(`方面、问题、具体问题数与写明的相同：${JSON.stringify(stated)}`, () => {
    const p = progress(notice)
    const actual = Object.fromEntries(Object.keys(stated).map((k) => [k, p[k as keyof Counts]]))
    expect(actual).toEqual(stated)
  })
})

it('写明了数目的样例至少有两份（004 的四层、002 的进度句）', () => {
  expect(seedNames().filter((s) => Object.keys(statedCounts(s)).length > 0).length).toBeGreaterThanOrEqual(2)
})
