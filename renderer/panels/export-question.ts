/**
 * 导出前要不要先问一句（issue #5 第 4 点、#12）：有错误，或有续报沿用而尚未确认的整改状态时问；
 * 只有其他警告、提示，或规则出错无从判断时，直接导出。
 */
import { exportReadiness } from '../../core/export/readiness'
import { statusUnconfirmed } from '../../core/rules/status-unconfirmed'
import type { Finding } from '../../core/rules/types'

export function exportQuestion(findings: Finding[] | null): { errors: number; unconfirmed: number; text: string } | null {
  const readiness = exportReadiness(findings ?? [])
  const errors = readiness.errors.length
  const unconfirmed = (findings ?? []).filter((f) => f.rule === statusUnconfirmed.meta.code).length
  if (!readiness.needsConfirmation && unconfirmed === 0) return null
  const parts = [
    ...(errors ? [`${errors} 个错误尚未处理`] : []),
    ...(unconfirmed ? [`${unconfirmed} 个问题的整改状态待确认（沿用自上一份通报）`] : []),
  ]
  return { errors, unconfirmed, text: `有 ${parts.join('，')}，仍要导出吗？` }
}
