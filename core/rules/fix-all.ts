// “全部修复”：反复校验、应用全部可安全修复的问题，直到没有可修复的为止（同 ESLint 的多轮修复）。
import type { Notice } from '../model/notice'
import { applyFixes } from './apply-fix'
import type { ValidateOptions } from './engine'
import type { Finding } from './types'
import { validate } from './validate'

/** 最多修复的轮数：一轮中互相重叠的修复只取一项，其余在下一轮重新校验后再修。 */
const MAX_ROUNDS = 10

export interface FixAllOptions extends ValidateOptions {
  /** 只修这些结果（如检查面板的“全部改正”只修一条规则中可安全修正的）；缺省为全部带修复的结果。 */
  select?: (f: Finding) => boolean
}

export function fixAll(notice: Notice, options: FixAllOptions = {}): Notice {
  const { select = () => true, ...validateOptions } = options
  let current = notice
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const findings = validate(current, validateOptions).filter((f) => f.fix && select(f))
    if (findings.length === 0) return current
    const next = applyFixes(current, findings)
    if (next === current) return current
    current = next
  }
  return current
}
