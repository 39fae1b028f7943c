// 完整性：逐条整改部分至少有一个问题。
import type { Item } from '../model/notice'
import { partRule } from './part-presence'

/** 找到第一个问题即止。 */
function hasProblem(items: Item[]): boolean {
  return items.some((i) => i.role === 'problem' || hasProblem(i.children))
}

export const problemsPresent = partRule('rectification', {
  meta: {
    code: 'TB004',
    title: '没有问题条目',
    name: 'problems-present',
    severity: 'error',
    description: '逐条整改部分至少要有一个“问题”条目（方面之下的问题，或直接列出的问题）。',
    messages: { none: '逐条整改部分还没有任何问题条目' },
  },
  check(notice, report) {
    if (!hasProblem(notice.rectification.items)) report({ messageId: 'none', location: { path: ['rectification', 'items'] } })
  },
})
