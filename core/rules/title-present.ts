// 完整性：通报有标题。标题由机关名称等推导时，缺的是机关名称。
import { requirePart } from './part-presence'
import type { Rule } from './types'

export const titlePresent: Rule = {
  meta: { code: 'TB001', name: 'title-present', severity: 'error', description: '通报须有标题：手写标题不能为空；由通报信息生成标题时须填写发文机关全称，并应填写巡视/巡察轮次或专项主题（缺时为警告）。' },
  check(notice, report) {
    if (!requirePart(notice, 'title', report)) return
    const override = notice.title.override
    if (override !== null) {
      if (override.trim() === '') report({ message: '标题为空', location: { path: ['title', 'override'] } })
      return
    }
    const m = notice.meta
    if (m.issuer.fullName.trim() === '') report({ message: '标题缺少发文机关：请填写机关全称', location: { path: ['meta', 'issuer', 'fullName'] } })
    // 没有轮次也没有专项主题时，标题只剩“关于巡视整改进展情况的通报”，看不出是哪一次
    if (m.roundLabel.trim() === '' && !m.topic?.trim()) {
      report({ message: `标题缺少${m.kind}轮次（如“十五届省委第二轮”）`, location: { path: ['meta', 'roundLabel'] }, severity: 'warning' })
    }
  },
}
