// docs/rules.md 由代码生成；改了规则却没重新生成时失败。
import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { rulesMarkdown } from '../../core/rules/catalogue'
import { RULE_GROUPS, RULES } from '../../core/rules/index'

const DOC = join(dirname(fileURLToPath(import.meta.url)), '../../docs/rules.md')

describe('docs/rules.md', () => {
  it('与规则代码一致（过期时请运行 npx tsx scripts/gen-rules-doc.ts）', () => {
    expect(readFileSync(DOC, 'utf8')).toBe(rulesMarkdown())
  })
  it('每条规则都在目录的某一组中，且只出现一次', () => {
    const listed = RULE_GROUPS.flatMap((g) => g.codes)
    expect([...listed].sort()).toEqual(RULES.map((r) => r.meta.code).sort())
    for (const r of RULES) expect(rulesMarkdown()).toContain(`### ${r.meta.code} ${r.meta.name}`)
  })
})
