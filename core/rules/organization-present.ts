// 完整性：组织情况部分有内容。
import { Section } from '../model/item'
import { noticeRule } from './notice-rule'
import { MISSING_PART, requirePart } from './part-presence'

export const organizationPresent = noticeRule({
  meta: {
    code: 'TB003',
    title: '缺少组织情况',
    name: 'organization-present',
    severity: 'error',
    description: '通报须写明整改工作的组织情况（领导小组、会议、整改方案、督查等），该部分不能为空。',
    messages: { missingPart: MISSING_PART, empty: '“组织情况”部分没有内容' },
  },
  check(notice, report) {
    if (!requirePart(notice, 'organization', report)) return
    if (Section.isEmpty(notice.organization)) report({ messageId: 'empty', location: { path: ['organization', 'paragraphs'] } })
  },
})
