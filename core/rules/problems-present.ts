// 完整性：逐条整改部分至少有一个问题。
import type { Item } from '../model/notice'
import { noticeRule } from './notice-rule'
import { MISSING_PART, requirePart } from './part-presence'

/** 找到第一个问题即止。 */
function hasProblem(items: Item[]): boolean {
  return items.some((i) => i.role === 'problem' || hasProblem(i.children))
}

export const problemsPresent = noticeRule({
  meta: {
    code: 'TB004',
    title: '没有问题条目',
    name: 'problems-present',
    severity: 'error',
    description: '逐条整改部分至少要有一个“问题”条目（方面之下的问题，或直接列出的问题）。',
    messages: { missingPart: MISSING_PART, none: '逐条整改部分还没有任何问题条目' },
  },
  check(notice, report) {
    if (!requirePart(notice, 'rectification', report)) return
    if (!hasProblem(notice.rectification.items)) report({ messageId: 'none', location: { path: ['rectification', 'items'] } })
  },
})
