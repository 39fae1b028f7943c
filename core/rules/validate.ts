// validate(notice)：运行全部规则，一次算完，不留缓存。
import type { Notice } from '../model/notice'
import { noticeFindings, ruleContext, unitFindings, type ValidateOptions } from './engine'
import { textContext } from './text-rule'
import { textUnits } from './text-units'
import type { Finding } from './types'

/** 校验整篇通报：先是整篇规则的结果（按规则编号），再是逐段文字的结果（按阅读顺序）。规则不修改通报。 */
export function validate(notice: Notice, options: ValidateOptions = {}): Finding[] {
  const out = noticeFindings(notice, ruleContext(options))
  const context = textContext(notice)
  for (const unit of textUnits(notice)) out.push(...unitFindings(unit, context))
  return out
}
