// 新一轮通报中，条目正文与上一轮完全相同：多半是忘了更新进展。
import type { Paragraph } from '../model/rich-text'
import { itemRule } from './item-rule'
import { paragraphText } from './text-units'

function sameText(a: Paragraph[], b: Paragraph[]): boolean {
  if (a === b) return true
  if (a.length !== b.length) return false
  return a.every((p, i) => p === b[i] || paragraphText(p) === paragraphText(b[i]!))
}

export const copiedFromLastRound = itemRule({
  meta: {
    code: 'TB038',
    name: 'copied-from-last-round',
    severity: 'warning',
    description: '问题或措施的正文与上一轮通报中的同一条目一字不差，可能忘了写本轮的进展（方面的描述不查）。',
    messages: { unchanged: '正文与上一轮通报完全相同，请写明本轮的整改进展' },
  },
  sections: ['organization', 'rectification', 'nextSteps'],
  checkItem(item, path, _context, report) {
    const ref = item.reference
    // 方面的正文是问题描述，新一轮有意原样保留；只查问题和措施的进展
    if (item.role === 'aspect') return
    if (!ref || !item.body.some((p) => paragraphText(p).trim() !== '')) return
    if (sameText(item.body, ref.body)) report({ messageId: 'unchanged', location: { path: path.concat('body') } })
  },
})
