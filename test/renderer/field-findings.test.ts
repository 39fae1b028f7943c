// 信息面板各栏的提示按路径前缀索引（renderer/panels/field-findings.ts）：与逐条按前缀过滤的结果相同，顺序不变；
// 同一份检查结果、同一栏，每次取到的是同一个数组。
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Path } from '../../core/model'
import type { Finding } from '../../core/rules/types'
import { fieldFindings } from '../../renderer/panels/field-findings'

const segment = fc.oneof(fc.constantFrom('meta', 'contact', 'phones', 'lead', '1', '0'), fc.integer({ min: 0, max: 2 }))
const path = fc.array(segment, { maxLength: 4 }) as fc.Arbitrary<Path>
const finding = (p: Path, i: number) => ({ location: { path: p }, message: `第${i}条`, severity: 'warning' }) as unknown as Finding

const under = (p: Path, prefix: Path) => prefix.length <= p.length && prefix.every((k, i) => p[i] === k)

describe('各栏的提示', () => {
  it('与逐条按路径前缀过滤相同（数字与字符串的下标不混），按检查的顺序', () => {
    fc.assert(
      fc.property(fc.array(path, { maxLength: 30 }), fc.array(path, { maxLength: 10 }), (paths, asked) => {
        const findings = paths.map(finding)
        for (const p of [...asked, ...paths, []])
          expect(fieldFindings(findings, p)).toEqual(findings.filter((f) => under(f.location.path, p)))
      }),
      { numRuns: 300 },
    )
  })

  it('同一份结果、同一栏每次给同一个数组；没有结果（含规则出错）时给空的', () => {
    const findings = [finding(['contact', 'phones', 0], 1), finding(['contact', 'phones', 1], 2), finding(['lead'], 3)]
    const first = fieldFindings(findings, ['contact', 'phones'])
    expect(first).toHaveLength(2)
    expect(fieldFindings(findings, ['contact', 'phones'])).toBe(first)
    expect(fieldFindings(findings, ['contact', 'phones', '0'])).toEqual([])
    expect(fieldFindings(null, ['lead'])).toEqual([])
    expect(fieldFindings(undefined, ['lead'])).toEqual([])
    expect(fieldFindings([...findings], ['contact', 'phones'])).not.toBe(first)
  })
})
