// 完整性：每个问题至少有一段整改措施（写在问题下的正文，或下设的措施条目）。
import { RichText } from '../model/rich-text'
import type { Item } from '../model/notice'
import { itemRule } from './item-rule'

function hasContent(item: Item): boolean {
  return item.title.trim() !== '' || !RichText.isEmpty(item.body)
}

/** 下级（任意深度）中有内容的措施条目。 */
function hasMeasure(items: Item[]): boolean {
  return items.some((c) => (c.role === 'measure' && hasContent(c)) || hasMeasure(c.children))
}

export const problemMeasures = itemRule({
  meta: {
    code: 'TB006',
    title: '问题缺少整改措施',
    name: 'problem-measures',
    severity: 'error',
    description: '每个问题至少要有一段整改措施：问题下的正文段落，或有内容的措施条目。下设具体问题的，由各具体问题分别检查。',
    messages: { noMeasure: '问题“{{title}}”还没有整改措施' },
  },
  sections: ['rectification'],
  partRequired: true,
  checkItem(item, path, _context, report) {
    if (item.role !== 'problem' || item.children.some((c) => c.role === 'problem')) return
    if (!RichText.isEmpty(item.body) || hasMeasure(item.children)) return
    report({ messageId: 'noMeasure', data: { title: item.title.slice(0, 20) || '（无标题）' }, location: { path } })
  },
})
