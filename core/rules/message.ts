// 结果文字：按规则 meta 中的模板和报告时给出的数据生成。
import type { Finding, MessageData, RuleFinding, RuleMeta } from './types'

/** 填好 {{name}} 的结果文字。模板或数据缺失是规则代码的错误，直接抛出。 */
export function formatMessage(meta: RuleMeta, id: string, data: MessageData = {}): string {
  const template = (meta.messages as Record<string, string>)[id]
  if (template === undefined) throw new Error(`${meta.code}: no message "${id}"`)
  return template.replace(/\{\{(\w+)\}\}/g, (_, key: string) => {
    const value = data[key]
    if (value === undefined) throw new Error(`${meta.code}.${id}: no value for {{${key}}}`)
    return String(value)
  })
}

/** 规则报告的结果 → 对外的 Finding。 */
export function toFinding(meta: RuleMeta, f: RuleFinding): Finding {
  const { messageId, data, severity, ...rest } = f
  return { rule: meta.code, severity: severity ?? meta.severity, message: formatMessage(meta, messageId, data), ...rest }
}
