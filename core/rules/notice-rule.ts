// 整篇规则的定义：只为让编译器核对 report 用到的 messageId 都在 meta.messages 中。
import type { Rule } from './types'

export function noticeRule<const K extends string>(rule: Rule<K>): Rule<K> {
  return rule
}
