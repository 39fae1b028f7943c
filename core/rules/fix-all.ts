// “全部修复”：反复校验、应用全部可安全修复的问题，直到没有可修复的为止（同 ESLint 的多轮修复）。
import type { Notice } from '../model/notice'
import { applyFixes } from './apply-fix'
import type { ValidateOptions } from './engine'
import { validate } from './validate'

/** 最多修复的轮数：一轮中互相重叠的修复只取一项，其余在下一轮重新校验后再修。 */
const MAX_ROUNDS = 10

export function fixAll(notice: Notice, options: ValidateOptions = {}): Notice {
  let current = notice
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const findings = validate(current, options).filter((f) => f.fix)
    if (findings.length === 0) return current
    const next = applyFixes(current, findings)
    if (next === current) return current
    current = next
  }
  return current
}
