// 任意（合法但古怪）的通报：规则不抛错、不改动通报，报告的位置都指向通报中存在的地方，修复后的通报仍然合法。
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { getAtPath } from '../../core/model/item'
import { NoticeSchema, PART_KEYS, type Notice } from '../../core/model/notice'
import { Paragraph } from '../../core/model/rich-text'
import { applyFix, createValidator, validate } from '../../core/rules/index'
import { textUnits } from '../../core/rules/text-units'
import { sampleNotice } from '../support/sample-notice'
import { deepFreeze, TODAY, textAt } from './rule-tester'

const odd = fc.string({
  unit: fc.oneof(
    fc.constantFrom(
      ...'巡视察整改问题一二三年月日至已完成个方面项条人（）()“”"‘’《》<>,.;:，。；：、…—-－0123456789０１XxX×〇 \u3000\u00a0@',
    ),
    fc.string({ unit: 'grapheme', maxLength: 1 }),
  ),
  maxLength: 40,
})
const maybeDate = fc.option(
  fc
    .record({ y: fc.integer({ min: 2015, max: 2030 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 28 }) })
    .map(({ y, m, d }) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`),
  { nil: null },
)

/** 在样例通报上随意改：各处文字、日期、状态、部分组成。 */
const variant = fc
  .record({
    texts: fc.array(fc.tuple(fc.nat(), odd), { maxLength: 8 }),
    dates: fc.tuple(maybeDate, maybeDate, maybeDate, maybeDate),
    parts: fc.subarray([...PART_KEYS]),
    kind: fc.constantFrom('巡视' as const, '巡察' as const),
    phones: fc.array(odd, { maxLength: 2 }),
    override: fc.option(fc.array(odd, { maxLength: 2 }), { nil: null }),
  })
  .map((v) => {
    const n = sampleNotice()
    n.meta.kind = v.kind
    n.parts = v.parts
    ;[n.meta.period.start, n.meta.period.end, n.meta.feedbackDate, n.signature.date] = v.dates
    n.contact.phones = v.phones
    if (v.override) n.contact.override = v.override.map(Paragraph.of)
    const units = textUnits(n)
    for (const [pick, text] of v.texts) {
      const u = units[pick % units.length]!
      const parent = getAtPath(n, u.path.slice(0, -1)) as Record<string | number, unknown>
      parent[u.path[u.path.length - 1]!] = u.paragraph ? Paragraph.of(text) : text
    }
    return NoticeSchema.parse(n) as Notice
  })

describe('任意通报', () => {
  it('不抛错、不改动通报、位置有效、修复后仍合法，增量校验结果相同', () => {
    fc.assert(
      fc.property(variant, (n) => {
        const frozen = deepFreeze(n)
        const findings = validate(frozen, { today: TODAY })
        expect(createValidator().validate(frozen, { today: TODAY })).toEqual(findings)
        for (const f of findings) {
          expect(getAtPath(frozen, f.location.path), JSON.stringify(f)).not.toBeUndefined()
          if (f.location.range) {
            const [a, b] = f.location.range
            expect(0 <= a && a <= b && b <= (textAt(frozen, f.location.path) ?? '').length, JSON.stringify(f)).toBe(true)
          }
          for (const fix of [f.fix, ...(f.suggestions ?? [])]) {
            if (!fix) continue
            expect(NoticeSchema.safeParse(applyFix(frozen, fix)).success).toBe(true)
          }
        }
      }),
      { numRuns: 150 },
    )
  })
})
