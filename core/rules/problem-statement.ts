// 完整性：每个问题都写明问题的表述（按巡视/巡察反馈的原话）。
import { Item } from '../model/item'
import type { Rule } from './types'

export const problemStatement: Rule = {
  meta: { code: 'TB005', name: 'problem-statement', severity: 'error', description: '每个问题条目都要有问题表述（标题），通常按巡视/巡察反馈意见的原话。' },
  check(notice, report) {
    if (!notice.parts.includes('rectification')) return
    for (const { item, path } of Item.walk(notice.rectification.items, ['rectification', 'items'])) {
      if (item.role === 'problem' && item.title.trim() === '') report({ message: '问题条目缺少问题表述', location: { path: [...path, 'title'] } })
    }
  },
}
