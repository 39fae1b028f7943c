/** 从一份已有的通报开始写下一份：续报（同一次巡视）或新一轮（新的巡视），并说明沿用了什么、清空了什么。 */
import { withOnlyMatchingOverrides } from '../derive/hand-written'
import { progress } from '../derive/progress'
import { Item } from '../model/item'
import type { Notice } from '../model/notice'
import { RichText } from '../model/rich-text'
import { startFollowUp } from './start-follow-up'
import { type NewRoundOptions, startNewRound } from './start-new-round'

/** follow-up：续报（同一次巡视）；new-round：新一轮（新的巡视）。 */
export type NextRoundMode = 'follow-up' | 'new-round'

export const NEXT_ROUND_MODE_LABEL: Record<NextRoundMode, string> = { 'follow-up': '续报（同一次巡视）', 'new-round': '新一轮（新的巡视）' }

/** 开始之后告诉用户的话：沿用了什么，清空了什么，接下来做什么。 */
export interface NextRoundSummary {
  kept: string[]
  cleared: string[]
  next: string[]
}

export interface NextRound {
  notice: Notice
  mode: NextRoundMode
  /** 新一轮时轮次是否已推进；为 false 时轮次留空待填。续报不改轮次，恒为 false。 */
  roundAdvanced: boolean
  summary: NextRoundSummary
}

export type NextRoundOptions = NewRoundOptions

function handWritten(notice: Notice): string[] {
  const out: string[] = []
  if (notice.title.override !== null) out.push('标题')
  if (notice.lead.override !== null) out.push('导语')
  if (notice.statistics.override !== null) out.push('统计段落')
  if (notice.contact.override !== null) out.push('联系方式段落')
  return out
}

function followUpSummary(previous: Notice, notice: Notice): NextRoundSummary {
  const entries = [...Item.all(notice)]
  const problems = entries.filter((e) => e.section === 'rectification' && e.item.role === 'problem').length
  const withText = entries.filter((e) => !RichText.isEmpty(e.item.body)).length
  const pending = progress(notice).pending
  const m = notice.meta
  const hand = handWritten(notice)
  const kept = [
    `${m.roundLabel ? `轮次“${m.roundLabel}”、` : ''}${m.kind}组、${m.kind}时间和反馈日期不变`,
    `条目 ${entries.length} 项（问题 ${problems} 个）沿用上一份的标题、时限和责任单位；${withText} 项的正文作为本次的起始文字`,
    ...(hand.length ? [`${hand.join('、')}沿用上一份的手写文字（信息面板中标为手写）`] : []),
    '统计数字、联系方式、落款机关和签发稿设置',
  ]
  const cleared = ['成文日期', ...(previous.meta.publication.date || previous.meta.publication.source ? ['网页发布信息'] : [])]
  const next = [
    ...(pending ? [`状态待确认 ${pending} 项：逐个确认或改为本次的状态，确认前不计入进度`] : []),
    '逐条改写本次的整改进展（与上一份相同的正文会有提示）',
    ...(m.reportKind === '整改进展情况' ? ['如本次是最终报告，请在“信息”面板把通报类型改为“整改情况”'] : []),
    '填写成文日期',
  ]
  return { kept, cleared, next }
}

function newRoundSummary(previous: Notice, notice: Notice, roundAdvanced: boolean, options: NextRoundOptions): NextRoundSummary {
  const aspects = notice.rectification.items.length
  const kept = [
    `发文机关、${notice.meta.kind}层级和对象`,
    '联系方式、落款机关和签发稿设置',
    '各部分标题和套话',
    ...(roundAdvanced ? [`轮次推进为“${notice.meta.roundLabel}”`] : []),
    ...(options.keepAspects && aspects ? [`${aspects} 个方面的标题（作为空骨架）`] : []),
  ]
  const count = Item.count(previous.rectification.items)
  const cleared = [
    `${notice.meta.kind}组、主题、${notice.meta.kind}时间和反馈日期`,
    '统计数字和整改状态',
    `上一轮的问题清单（${count} 项）`,
  ]
  const next = [
    ...(roundAdvanced
      ? []
      : [
          previous.meta.roundLabel
            ? `未能从“${previous.meta.roundLabel}”认出轮次（应形如“十五届省委第二轮”），轮次已留空，请在“信息”面板填写`
            : '上一份没有写轮次，轮次已留空，请在“信息”面板填写（形如“十五届省委第二轮”）',
        ]),
    `请填写本轮${notice.meta.kind}组和日期`,
    '按本轮反馈意见录入问题清单',
  ]
  return { kept, cleared, next }
}

/** 从上一份通报开始：默认续报。不改动上一份通报。 */
export function startNextRound(previous: Notice, mode: NextRoundMode = 'follow-up', options: NextRoundOptions = {}): NextRound {
  // 两种方式都只沿用仍与字段一致的手写段落（hand-written.ts）：上一份的旧话不会盖过本份的字段。
  if (mode === 'follow-up') {
    const notice = withOnlyMatchingOverrides(startFollowUp(previous))
    return { notice, mode, roundAdvanced: false, summary: followUpSummary(previous, notice) }
  }
  const started = startNewRound(previous, options)
  const notice = withOnlyMatchingOverrides(started.notice)
  const roundAdvanced = started.roundAdvanced
  return { notice, mode, roundAdvanced, summary: newRoundSummary(previous, notice, roundAdvanced, options) }
}

/** 摘要的一句话形式（横幅、命令行）：“已沿用：…。已清空：…。接下来：…。” */
export function summaryText(s: NextRoundSummary): string[] {
  return [`已沿用：${s.kept.join('；')}。`, `已清空：${s.cleared.join('；')}。`, `接下来：${s.next.join('；')}。`]
}
