// 每条规则：通过的用例没有该规则的结果；不通过的用例在期望的位置报告，修复后的文字合乎规范且不再报告。
import { describe, expect, it } from 'vitest'
import type { Path } from '../../core/model/item'
import type { Notice } from '../../core/model/notice'
import { applyFix, RULES, type Finding } from '../../core/rules/index'
import { toFinding } from '../../core/rules/message'
import { CASES } from './cases'
import { findingsOf, samePath, textAt, TODAY } from './rule-tester'

function at(findings: Finding[], path: Path | undefined): Finding[] {
  return path ? findings.filter((f) => samePath(f.location.path, path)) : findings
}

/** 反复应用该规则在该位置的第一项修复，直到没有可修复的结果（修复后重新校验，同 ESLint 的多轮修复）。 */
function fixRepeatedly(notice: Notice, code: string, path: Path | undefined): Notice {
  let n = notice
  for (let i = 0; i < 20; i++) {
    const fix = at(findingsOf(n, code), path).find((f) => f.fix)?.fix
    if (!fix) return n
    n = applyFix(n, fix)
  }
  throw new Error('修复没有收敛')
}

for (const rule of RULES) {
  const { code, name } = rule.meta
  describe(`${code} ${name}`, () => {
    const cases = CASES[code]
    it('有通过和不通过的用例', () => {
      expect(cases?.valid.length).toBeGreaterThan(0)
      expect(cases?.invalid.length).toBeGreaterThan(0)
    })
    for (const c of cases?.valid ?? []) {
      it(`通过：${c.name}`, () => {
        expect(findingsOf(c.notice(), code)).toEqual([])
      })
    }
    for (const c of cases?.invalid ?? []) {
      it(`报告：${c.name}`, () => {
        const notice = c.notice()
        const found = at(findingsOf(notice, code), c.path)
        expect(found.length, `应在 ${JSON.stringify(c.path)} 报告 ${code}`).toBeGreaterThan(0)
        for (const f of found) expect(f.message).toMatch(/\p{Script=Han}/u)
        // 单独运行这条规则（rule.check）与引擎中的结果相同
        const alone: Finding[] = []
        rule.check(notice, (f) => alone.push(toFinding(rule.meta, f)), { today: TODAY })
        expect(alone).toEqual(findingsOf(notice, code))
        if (c.output !== undefined) {
          const fixed = fixRepeatedly(notice, code, c.path)
          expect(textAt(fixed, c.path!)).toBe(c.output)
          expect(at(findingsOf(fixed, code), c.path)).toEqual([])
        } else if (found[0]!.fix) {
          const fixed = applyFix(notice, found[0]!.fix)
          expect(at(findingsOf(fixed, code), c.path).length).toBeLessThan(found.length)
        }
        if (c.suggestion !== undefined) {
          const s = found[0]!.suggestions?.[0]
          expect(s, '应给出候选修改').toBeDefined()
          const fixed = applyFix(notice, s!)
          expect(textAt(fixed, c.path!)).toBe(c.suggestion)
          expect(at(findingsOf(fixed, code), c.path)).toEqual([])
        }
      })
    }
  })
}

describe('规则登记表', () => {
  it('编号和名称不重复，编号为 TB0NN，名称为 kebab-case', () => {
    const codes = RULES.map((r) => r.meta.code)
    const names = RULES.map((r) => r.meta.name)
    expect(new Set(codes).size).toBe(codes.length)
    expect(new Set(names).size).toBe(names.length)
    for (const r of RULES) {
      expect(r.meta.code).toMatch(/^TB0\d\d$/)
      expect(r.meta.name).toMatch(/^[a-z]+(?:-[a-z]+)*$/)
      expect(r.meta.description).toMatch(/\p{Script=Han}/u)
      for (const m of Object.values(r.meta.messages)) expect(m).toMatch(/\p{Script=Han}/u)
    }
  })
  it('没有为不存在的规则写用例', () => {
    const codes = new Set(RULES.map((r) => r.meta.code))
    for (const code of Object.keys(CASES)) expect(codes.has(code), code).toBe(true)
  })
})
