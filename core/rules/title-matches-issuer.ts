// 一致性：保留原文的标题里有表单中的发文机关全称；没有时导出稿按原文标题，机关名称的修改没有进入导出稿（issue #15 收尾时发现）。
import { noticeRule } from './notice-rule'

export const titleMatchesIssuer = noticeRule({
  meta: {
    code: 'TB061',
    title: '原文标题与发文机关不一致',
    name: 'title-matches-issuer',
    severity: 'warning',
    messages: { differs: '标题为原文手写，其中没有表单中的发文机关“{{org}}”，导出稿的标题仍是“{{title}}”' },
    description:
      '标题保留导入时的原文时，导出的是原文；表单中的发文机关全称不在其中，就是机关名称的修改没有进入导出稿。' +
      '报告在发文机关全称上，可选择改为按表单生成标题（舍弃原文标题，须人确认，不在一键修正之列）。',
  },
  check(notice, report) {
    const title = notice.title.override
    const org = notice.meta.issuer.fullName.trim()
    if (title === null || !notice.parts.includes('title') || org === '' || title.includes(org)) return
    report({
      messageId: 'differs',
      data: { org, title },
      location: { path: ['meta', 'issuer', 'fullName'] },
      suggestions: [{ kind: 'set-value', label: '改为按表单生成标题', path: ['title', 'override'], value: null }],
    })
  },
})
