/** 导出前要不要先问一句（issue #5 第 4 点）：有错误才问；只有警告、提示，或规则出错无从判断时，直接导出。 */
import { exportReadiness } from '../../core/export/readiness'
import type { Finding } from '../../core/rules/types'

export function exportQuestion(findings: Finding[] | null): { errors: number; text: string } | null {
  const readiness = exportReadiness(findings ?? [])
  if (!readiness.needsConfirmation) return null
  const errors = readiness.errors.length
  return { errors, text: `有 ${errors} 个错误尚未处理，仍要导出吗？` }
}
