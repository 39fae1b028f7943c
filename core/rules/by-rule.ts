// 按规则分组的检查结果（issue #10）：检查面板的分组、每组可安全修正的数目和组名都在这里算一次。
import { IMPORT_RULES } from './import-rules'
import { RULES } from './registry'
import type { Finding, RuleMeta, Severity } from './types'

const META = new Map<string, RuleMeta>([
  ...RULES.map((r) => [r.meta.code, r.meta] as const),
  ...Object.values<RuleMeta>(IMPORT_RULES).map((m) => [m.code, m] as const),
])

/** 校验规则或导入规则的 meta；编号未登记时为 undefined。 */
export const ruleMeta = (code: string): RuleMeta | undefined => META.get(code)

/** 这一条结果的修复可以成批应用（见 RuleMeta.safeFix）。 */
export const isSafeFix = (f: Finding): boolean => f.fix !== undefined && ruleMeta(f.rule)?.safeFix === true

/** 组名：规则给的 title；没有时取说明的第一个分句。 */
export function ruleTitle(code: string): string {
  const meta = ruleMeta(code)
  if (!meta) return code
  return meta.title ?? meta.description.split(/[，。：（；]/)[0]!.slice(0, 16)
}

export interface RuleGroup {
  rule: string
  title: string
  /** 组内最重的严重程度（同一规则的个别结果可降级为警告） */
  severity: Severity
  findings: Finding[]
  /** 组内可安全修正的结果数（“全部改正”会改的处数） */
  safeFixes: number
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 }

/** 按规则分组：错误在前、警告次之、提示最后，同级按规则第一次出现的先后（即阅读顺序）。 */
export function groupByRule(findings: readonly Finding[]): RuleGroup[] {
  const groups = new Map<string, RuleGroup>()
  for (const f of findings) {
    let g = groups.get(f.rule)
    if (!g) groups.set(f.rule, (g = { rule: f.rule, title: ruleTitle(f.rule), severity: f.severity, findings: [], safeFixes: 0 }))
    g.findings.push(f)
    if (RANK[f.severity] < RANK[g.severity]) g.severity = f.severity
    if (isSafeFix(f)) g.safeFixes++
  }
  return [...groups.values()].sort((a, b) => RANK[a.severity] - RANK[b.severity])
}
