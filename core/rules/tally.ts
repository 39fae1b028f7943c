// 检查结果的计数：错误、警告、提示各几条。检查标签页和状态栏都读这里，两处的数字不会对不上（issue #10）。
import type { Finding, Severity } from './types'
import { SEVERITY_LABEL } from './types'

export type FindingTally = Record<Severity, number>

export function tallyFindings(findings: readonly Finding[]): FindingTally {
  const t: FindingTally = { error: 0, warning: 0, info: 0 }
  for (const f of findings) t[f.severity]++
  return t
}

/** 要用户处理的条数：错误与警告（提示不算）。 */
export const problemsOf = (t: FindingTally): number => t.error + t.warning

/** 读屏与提示文字：“错误 3 条，警告 2 条，提示 1 条”；没有结果时为“没有问题”。 */
export function tallyLabel(t: FindingTally): string {
  const parts = (['error', 'warning', 'info'] as const).filter((s) => t[s] > 0).map((s) => `${SEVERITY_LABEL[s]} ${t[s]} 条`)
  return parts.length ? parts.join('，') : '没有问题'
}
