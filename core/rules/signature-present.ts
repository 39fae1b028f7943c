// 完整性：落款有发文机关和成文日期（GB/T 9704-2012 7.3.5）。
import { partRule } from './part-presence'

export const signaturePresent = partRule('signature', {
  meta: {
    code: 'TB010',
    title: '落款不全',
    name: 'signature-present',
    severity: 'error',
    description: '落款须有发文机关署名和成文日期（GB/T 9704-2012 7.3.5）。机关名称缺失时可一键填入发文机关全称。',
    messages: { noOrg: '落款缺少发文机关', noDate: '落款缺少成文日期' },
  },
  check(notice, report) {
    const full = notice.meta.issuer.fullName.trim()
    if (notice.signature.org.trim() === '') {
      report({
        messageId: 'noOrg',
        location: { path: ['signature', 'org'] },
        ...(full ? { fix: { kind: 'set-value' as const, label: `填入“${full}”`, path: ['signature', 'org'], value: full } } : {}),
      })
    }
    if (notice.signature.date === null) report({ messageId: 'noDate', location: { path: ['signature', 'date'] } })
  },
})
