/**
 * 问题条目上写明的整改状态：“（已完成）”“【持续推进】”“整改进展：基本完成”。
 * 只认明写的标签，不从“目前已完成……”这类叙述里推断，免得把半句话当成结论。
 */
import type { ItemStatus } from '../model/notice'

const STATUS: Record<string, ItemStatus> = {
  已完成: '已完成',
  已整改: '已完成',
  已完成整改: '已完成',
  基本完成: '基本完成',
  已基本完成: '基本完成',
  持续推进: '持续推进',
  长期坚持: '持续推进',
  正在推进: '持续推进',
}
const WORDS = Object.keys(STATUS)
  .sort((a, b) => b.length - a.length)
  .join('|')
const BRACKETED = new RegExp(`[（(【\\[]\\s*(${WORDS})\\s*[）)】\\]]`)
const LABELLED = new RegExp(`(?:整改进展|整改状态|完成情况|整改情况|进展情况)[:：]\\s*(${WORDS})(?=[。；;，,）)]|$)`)

export function statusLabel(texts: string[]): ItemStatus | null {
  for (const t of texts) {
    const m = BRACKETED.exec(t) ?? LABELLED.exec(t)
    if (m) return STATUS[m[1]!]!
  }
  return null
}
