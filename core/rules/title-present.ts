// 完整性：通报有标题。标题由机关名称等推导时，缺的是机关名称。
import { partRule } from './part-presence'

export const titlePresent = partRule('title', {
  meta: {
    code: 'TB001',
    title: '缺少标题',
    name: 'title-present',
    severity: 'error',
    description: '通报须有标题：手写标题不能为空；由通报信息生成标题时须填写发文机关全称，并应填写巡视/巡察轮次或专项主题（缺时为警告）。',
    messages: {
      empty: '标题为空',
      noIssuer: '标题缺少发文机关：请填写机关全称',
      noRound: '标题缺少{{kind}}轮次（如“十五届省委第二轮”）',
    },
  },
  check(notice, report) {
    const override = notice.title.override
    if (override !== null) {
      if (override.trim() === '') report({ messageId: 'empty', location: { path: ['title', 'override'] } })
      return
    }
    const m = notice.meta
    if (m.issuer.fullName.trim() === '') report({ messageId: 'noIssuer', location: { path: ['meta', 'issuer', 'fullName'] } })
    // 没有轮次也没有专项主题时，标题只剩“关于巡视整改进展情况的通报”，看不出是哪一次
    if (m.roundLabel.trim() === '' && !m.topic?.trim()) {
      report({ messageId: 'noRound', data: { kind: m.kind }, location: { path: ['meta', 'roundLabel'] }, severity: 'warning' })
    }
  },
})
