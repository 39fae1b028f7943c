// 完整性：下一步打算。
import { sectionPresentRule } from './part-presence'

export const nextStepsPresent = sectionPresentRule('nextSteps', {
  code: 'TB008',
  title: '缺少下一步打算',
  name: 'next-steps-present',
  severity: 'error',
  description: '通报须有“下一步打算”（下一步工作措施），该部分不能为空。',
  messages: { empty: '“下一步打算”部分没有内容' },
})
