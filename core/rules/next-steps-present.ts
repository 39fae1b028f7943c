// 完整性：下一步打算。
import { Section } from '../model/item'
import { requirePart } from './part-presence'
import type { Rule } from './types'

export const nextStepsPresent: Rule = {
  meta: { code: 'TB008', name: 'next-steps-present', severity: 'error', description: '通报须有“下一步打算”（下一步工作措施），该部分不能为空。' },
  check(notice, report) {
    if (!requirePart(notice, 'nextSteps', report)) return
    if (Section.isEmpty(notice.nextSteps)) report({ message: '“下一步打算”部分没有内容', location: { path: ['nextSteps', 'paragraphs'] } })
  },
}
