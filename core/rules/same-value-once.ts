// 同一个值只报一次：手写的联系方式段落里的号码、邮编也是联系方式字段的值，两处都查就会为同一个号码报两次。
import { getAtPath } from '../model/item'
import type { Notice } from '../model/notice'
import type { Finding } from './types'

const isOverridePath = (f: Finding) => f.location.path[0] === 'contact' && f.location.path[1] === 'override'
const isFieldPath = (f: Finding) => f.location.path[0] === 'contact' && f.location.path[1] !== 'override'

/**
 * 去掉手写联系方式段落中、与同一规则在联系方式字段上的结果说的是同一个值的那条：留下字段上的，
 * 它在信息面板该栏下就地显示，修复改字段时一并改进段落（carry-into-hand-written.ts）。
 */
export function withSameValueOnce(findings: Finding[], notice: Notice): Finding[] {
  if (notice.contact.override === null || !findings.some(isOverridePath)) return findings
  const fieldValues = new Map<string, Set<string>>()
  for (const f of findings) {
    if (!isFieldPath(f)) continue
    const value = getAtPath(notice, f.location.path)
    if (typeof value !== 'string') continue
    const seen = fieldValues.get(f.rule) ?? new Set<string>()
    seen.add(value.trim())
    fieldValues.set(f.rule, seen)
  }
  if (fieldValues.size === 0) return findings
  return findings.filter((f) => {
    const range = f.location.range
    if (!isOverridePath(f) || !range) return true
    const paragraph = getAtPath(notice, f.location.path) as { children: { text: string }[] } | undefined
    const text = paragraph?.children
      .map((r) => r.text)
      .join('')
      .slice(range[0], range[1])
      .trim()
    return !(text && fieldValues.get(f.rule)?.has(text))
  })
}
