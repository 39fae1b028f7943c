// validate(notice)：运行全部规则，一次算完，不留缓存。
import type { Notice } from '../model/notice'
import { collectFindings, type ValidateOptions } from './engine'
import type { Finding } from './types'

/** 校验整篇通报：先是整篇规则的结果（按规则编号），再按阅读顺序列出条目和文字的结果。规则不修改通报。 */
export function validate(notice: Notice, options: ValidateOptions = {}): Finding[] {
  return collectFindings(notice, options)
}
