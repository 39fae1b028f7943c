// 完整性规则共用：某个必备部分是否在通报中，以及缺失时“加回该部分”的修复。
import { PART_KEYS, type Notice, type PartKey } from '../model/notice'
import { templateFor } from '../template/templates'
import type { Fix, Report } from './types'

/** 各部分的中文名（规则说明与审阅改动清单共用）。 */
export const PART_NAME: Record<PartKey, string> = {
  title: '标题',
  lead: '导语',
  organization: '组织情况',
  statistics: '统计数字',
  rectification: '逐条整改情况',
  nextSteps: '下一步打算',
  contact: '联系方式',
  signature: '落款',
}

/** 各完整性规则的 messages 中都有这一条。 */
export const MISSING_PART = '缺少“{{part}}”部分'

/** 把缺失的部分按标准顺序插回 parts。 */
export function restorePart(notice: Notice, part: PartKey): Fix {
  const order = (p: PartKey) => PART_KEYS.indexOf(p)
  const parts = [...notice.parts, part].sort((a, b) => order(a) - order(b))
  return { kind: 'set-value', label: `加回“${PART_NAME[part]}”部分`, path: ['parts'], value: parts }
}

/** 部分不在 parts 中时返回 false；模板（templates/*.json 的 required）要求它时并报告。 */
export function requirePart(notice: Notice, part: PartKey, report: Report<'missingPart'>): boolean {
  if (notice.parts.includes(part)) return true
  if (!templateFor(notice.meta.kind).required.includes(part)) return false
  report({ messageId: 'missingPart', data: { part: PART_NAME[part] }, location: { path: ['parts'] }, fix: restorePart(notice, part) })
  return false
}
