/**
 * 问题条目上写明的整改状态：“（已完成）”“【持续推进】”“整改进展：基本完成”。
 * 只认明写的标签，不从“目前已完成……”这类叙述里推断，免得把半句话当成结论。
 */
import type { ItemStatus } from '../model/notice'

/** 明写的整改状态词及其状态：条目标签、问题表与台账的状态格都按这一张表读。 */
export const STATUS_WORDS: Readonly<Record<string, ItemStatus>> = {
  已完成: '已完成',
  已整改: '已完成',
  已完成整改: '已完成',
  已销号: '已完成',
  基本完成: '基本完成',
  已基本完成: '基本完成',
  持续推进: '持续推进',
  长期坚持: '持续推进',
  正在推进: '持续推进',
}
/** 状态词的正则选择支，长词在前（“已完成整改”先于“已完成”）。 */
export const STATUS_ALTERNATION = Object.keys(STATUS_WORDS)
  .sort((a, b) => b.length - a.length)
  .join('|')
const BRACKETED = new RegExp(`[（(【\\[]\\s*(${STATUS_ALTERNATION})\\s*[）)】\\]]`)
const LABELLED = new RegExp(`(?:整改进展|整改状态|完成情况|整改情况|进展情况)[:：]\\s*(${STATUS_ALTERNATION})(?=[。；;，,）)]|$)`)

export function statusLabel(texts: string[]): ItemStatus | null {
  for (const t of texts) {
    const m = BRACKETED.exec(t) ?? LABELLED.exec(t)
    if (m) return STATUS_WORDS[m[1]!]!
  }
  return null
}
