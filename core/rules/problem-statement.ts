// 完整性：每个问题都写明问题的表述（按巡视/巡察反馈的原话）。
import { itemRule } from './item-rule'

export const problemStatement = itemRule({
  meta: {
    code: 'TB005',
    title: '问题缺少表述',
    name: 'problem-statement',
    severity: 'error',
    description: '每个问题条目都要有问题表述（标题），通常按巡视/巡察反馈意见的原话。',
    messages: { noTitle: '问题条目缺少问题表述' },
  },
  sections: ['rectification'],
  partRequired: true,
  checkItem(item, path, _context, report) {
    if (item.role === 'problem' && item.title.trim() === '') report({ messageId: 'noTitle', location: { path: path.concat('title') } })
  },
})
