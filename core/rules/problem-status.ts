// 问题的整改状态：未标状态时，进度数字（已完成整改X个）无法由条目推导和核对。
import { itemRule } from './item-rule'

export const problemStatus = itemRule({
  meta: {
    code: 'TB052',
    title: '问题未标整改状态',
    name: 'problem-status',
    severity: 'info',
    description:
      '问题条目没有标明整改状态（已完成、基本完成、持续推进）：进度句“已完成整改X个”无法由条目推导，文中手写的完成数也无法核对。',
    messages: { noStatus: '这个问题还没有标明整改状态' },
  },
  sections: ['rectification'],
  partRequired: true,
  checkItem(item, path, _context, report) {
    if (item.role !== 'problem' || item.status !== null) return
    if (item.children.some((c) => c.role === 'problem')) return
    report({ messageId: 'noStatus', location: { path: path.concat('status') } })
  },
})
