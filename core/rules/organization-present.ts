// 完整性：组织情况部分有内容。
import { sectionPresentRule } from './part-presence'

export const organizationPresent = sectionPresentRule('organization', {
  code: 'TB003',
  title: '缺少组织情况',
  name: 'organization-present',
  severity: 'error',
  description: '通报须写明整改工作的组织情况（领导小组、会议、整改方案、督查等），该部分不能为空。',
  messages: { empty: '“组织情况”部分没有内容' },
})
