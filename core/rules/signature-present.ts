// 完整性：落款有发文机关和成文日期（GB/T 9704-2012 7.3.5）。
import { requirePart } from './part-presence'
import type { Rule } from './types'

export const signaturePresent: Rule = {
  meta: { code: 'TB010', name: 'signature-present', severity: 'error', description: '落款须有发文机关署名和成文日期（GB/T 9704-2012 7.3.5）。机关名称缺失时可一键填入发文机关全称。' },
  check(notice, report) {
    if (!requirePart(notice, 'signature', report)) return
    const full = notice.meta.issuer.fullName.trim()
    if (notice.signature.org.trim() === '') {
      report({
        message: '落款缺少发文机关',
        location: { path: ['signature', 'org'] },
        ...(full ? { fix: { kind: 'set-value' as const, label: `填入“${full}”`, path: ['signature', 'org'], value: full } } : {}),
      })
    }
    if (notice.signature.date === null) report({ message: '落款缺少成文日期', location: { path: ['signature', 'date'] } })
  },
}
