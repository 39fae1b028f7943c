// 完整性：组织情况部分有内容。
import { Section } from '../model/item'
import { requirePart } from './part-presence'
import type { Rule } from './types'

export const organizationPresent: Rule = {
  meta: { code: 'TB003', name: 'organization-present', severity: 'error', description: '通报须写明整改工作的组织情况（领导小组、会议、整改方案、督查等），该部分不能为空。' },
  check(notice, report) {
    if (!requirePart(notice, 'organization', report)) return
    if (Section.isEmpty(notice.organization)) report({ message: '“组织情况”部分没有内容', location: { path: ['organization', 'paragraphs'] } })
  },
}
