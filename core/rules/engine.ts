// 校验引擎：整篇规则每次重跑，文字规则逐单元运行；增量校验只是给逐单元那一步加了缓存。
import type { Notice } from '../model/notice'
import { NOTICE_RULES, TEXT_RULES } from './registry'
import { issueToFinding, type TextContext } from './text-rule'
import type { TextUnit } from './text-units'
import type { Finding, RuleContext, Severity } from './types'

export interface ValidateOptions {
  /** 今天（ISO 日期）；缺省取本机日期。 */
  today?: string
}

export function ruleContext(options: ValidateOptions = {}): RuleContext {
  if (options.today) return { today: options.today }
  const d = new Date()
  const pad = (n: number) => String(n).padStart(2, '0')
  return { today: `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}` }
}

/** 整篇规则的结果，按登记顺序。 */
export function noticeFindings(notice: Notice, context: RuleContext): Finding[] {
  const out: Finding[] = []
  for (const rule of NOTICE_RULES) {
    rule.check(
      notice,
      (f) => out.push({ ...f, rule: rule.meta.code, severity: f.severity ?? rule.meta.severity }),
      context,
    )
  }
  return out
}

/** 一个单元上全部文字规则的结果（按登记顺序）。 */
export function unitFindings(unit: TextUnit, context: TextContext): Finding[] {
  const out: Finding[] = []
  for (const rule of TEXT_RULES) {
    if (!rule.kinds.includes(unit.kind)) continue
    rule.checkText(unit.text, unit.kind, context, (issue) => out.push(issueToFinding(rule.meta, issue, unit)))
  }
  return out
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 }

export function hasErrors(findings: Finding[]): boolean {
  return findings.some((f) => f.severity === 'error')
}

/** 按严重程度排序（稳定排序，同级保持原顺序），供列表显示。 */
export function bySeverity(findings: Finding[]): Finding[] {
  return [...findings].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity])
}
