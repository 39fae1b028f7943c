// 续报中条目正文与上一份相同：多半是忘了写本次的进展。
import type { Paragraph } from '../model/rich-text'
import { itemRule } from './item-rule'
import { paragraphText } from './text-units'

/**
 * 比较用的文字：全角/半角标点与数字（NFKC，句号、引号归一）和空白不算改写，
 * 否则对续报的起始文字做一次“全部修复”（半角逗号改全角）就会让提醒消失。
 */
function comparableText(text: string): string {
  return text.normalize('NFKC').replace(/[。｡]/g, '.').replace(/[“”]/g, '"').replace(/[‘’]/g, "'").replace(/\s+/g, '')
}

function sameText(a: Paragraph[], b: Paragraph[]): boolean {
  if (a === b) return true
  const joined = (ps: Paragraph[]) => comparableText(ps.map(paragraphText).join(''))
  return joined(a) === joined(b)
}

export const copiedFromLastRound = itemRule({
  meta: {
    code: 'TB038',
    title: '正文与上一份相同',
    name: 'copied-from-last-round',
    severity: 'warning',
    description:
      '问题或措施的正文与上一份通报中的同一条目相同（标点全角半角、空格的差别不算改写），可能忘了写本次的进展（方面的描述不查）。续报时上一份的正文是起始文字，改写之前一直提醒。',
    messages: { unchanged: '正文与上一份通报相同，请写明本次的整改进展' },
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
