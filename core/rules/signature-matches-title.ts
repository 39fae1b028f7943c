// 落款机关与标题中的发文机关一致（标题“中共××区委关于……的通报”，落款“中共××区委”）。
import { noticeTitle } from '../derive/title'
import { noticeRule } from './notice-rule'

export const signatureMatchesTitle = noticeRule({
  meta: {
    code: 'TB021',
    title: '落款与标题的机关不一致',
    name: 'signature-matches-title',
    severity: 'error',
    messages: { differs: '落款机关“{{org}}”与标题中的“{{titleOrg}}”不一致' },
    description: '落款的发文机关应与标题中“关于”之前的机关名称一致。可一键改为标题中的机关名称。',
  },
  check(notice, report) {
    if (!notice.parts.includes('signature') || !notice.parts.includes('title')) return
    // 标题由机关名称生成而机关名称未填时，缺的是机关名称（TB001 已报告），不再比较
    if (notice.title.override === null && notice.meta.issuer.fullName.trim() === '') return
    const org = notice.signature.org.trim()
    const at = noticeTitle(notice).indexOf('关于')
    const titleOrg = at > 0 ? noticeTitle(notice).slice(0, at).trim() : ''
    if (!org || !titleOrg || org === titleOrg) return
    report({
      messageId: 'differs',
      data: { org, titleOrg },
      location: { path: ['signature', 'org'] },
      fix: { kind: 'set-value', label: `改为“${titleOrg}”`, path: ['signature', 'org'], value: titleOrg },
    })
  },
})
