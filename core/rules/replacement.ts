// 文字规则共用的“找到写法 → 报告并给出唯一改法”：范围就是找到的文字，修改一键可改，标签“改为“…””。
import { type Hit, hits } from './patterns'
import type { TextIssue, TextReport } from './text-rule'
import type { MessageData, Severity } from './types'

/** 把 [start, end) 改为 right 的问题（data 填结果文字；severity 缺省取规则的）。 */
export function replacement<K extends string>(
  messageId: K,
  start: number,
  end: number,
  right: string,
  data: MessageData,
  severity?: Severity,
): TextIssue<K> {
  const range: [number, number] = [start, end]
  return { messageId, data, range, ...(severity ? { severity } : {}), fix: { label: `改为“${right}”`, range, text: right } }
}

export interface ReplaceOptions {
  /** 结果文字的数据；缺省为 { found: 找到的文字, right: 改法 } */
  data?: (hit: Hit, right: string) => MessageData
  severity?: Severity
}

/** text 中 re 的每一处按 rightOf 改写（返回 null 的不是问题），各报告为一条可一键改正的问题。 */
export function reportReplacements<K extends string>(
  report: TextReport<K>,
  text: string,
  re: RegExp,
  messageId: K,
  rightOf: (hit: Hit) => string | null,
  options: ReplaceOptions = {},
): void {
  for (const h of hits(re, text)) {
    const right = rightOf(h)
    if (right === null) continue
    const data = options.data ? options.data(h, right) : { found: h.text, right }
    report(replacement(messageId, h.start, h.end, right, data, options.severity))
  }
}
