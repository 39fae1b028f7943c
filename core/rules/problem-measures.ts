// 完整性：每个问题至少有一段整改措施（写在问题下的正文，或下设的措施条目）。
import { Item } from '../model/item'
import { RichText } from '../model/rich-text'
import type { Item as ItemData } from '../model/notice'
import type { Rule } from './types'

function hasContent(item: ItemData): boolean {
  return item.title.trim() !== '' || !RichText.isEmpty(item.body)
}

export const problemMeasures: Rule = {
  meta: {
    code: 'TB006',
    name: 'problem-measures',
    severity: 'error',
    description: '每个问题至少要有一段整改措施：问题下的正文段落，或有内容的措施条目。下设具体问题的，由各具体问题分别检查。',
  },
  check(notice, report) {
    if (!notice.parts.includes('rectification')) return
    for (const { item, path } of Item.walk(notice.rectification.items, ['rectification', 'items'])) {
      if (item.role !== 'problem' || item.children.some((c) => c.role === 'problem')) continue
      const measured = !RichText.isEmpty(item.body) || Item.count(item.children, (c) => c.role === 'measure' && hasContent(c)) > 0
      if (!measured) report({ message: `问题“${item.title.slice(0, 20) || '（无标题）'}”还没有整改措施`, location: { path } })
    }
  },
}
