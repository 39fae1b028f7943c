// 完整性：下一步打算。
import { Section } from '../model/item'
import { noticeRule } from './notice-rule'
import { MISSING_PART, requirePart } from './part-presence'

export const nextStepsPresent = noticeRule({
  meta: {
    code: 'TB008',
    title: '缺少下一步打算',
    name: 'next-steps-present',
    severity: 'error',
    description: '通报须有“下一步打算”（下一步工作措施），该部分不能为空。',
    messages: { missingPart: MISSING_PART, empty: '“下一步打算”部分没有内容' },
  },
  check(notice, report) {
    if (!requirePart(notice, 'nextSteps', report)) return
    if (Section.isEmpty(notice.nextSteps)) report({ messageId: 'empty', location: { path: ['nextSteps', 'paragraphs'] } })
  },
})
