// 完整性规则共用：某个必备部分是否在通报中，以及缺失时“加回该部分”的修复。
import { Section } from '../model/item'
import { PART_KEYS, type Notice, type PartKey } from '../model/notice'
import { templateFor } from '../template/templates'
import type { Fix, Report, Rule, RuleMeta } from './types'

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
function requirePart(notice: Notice, part: PartKey, report: Report<'missingPart'>): boolean {
  if (notice.parts.includes(part)) return true
  if (!templateFor(notice.meta.kind).required.includes(part)) return false
  report({ messageId: 'missingPart', data: { part: PART_NAME[part] }, location: { path: ['parts'] }, fix: restorePart(notice, part) })
  return false
}

/**
 * 完整性规则：部分 part 在通报中时才用 check 查它的内容；不在时（模板要求它的）报告“缺少该部分”并可一键加回。
 * meta.messages 里的 missingPart 由这里补上，各规则只写自己的结果文字。
 */
export function partRule<const K extends string>(
  part: PartKey,
  def: { meta: RuleMeta<K>; check(notice: Notice, report: Report<K>): void },
): Rule<K | 'missingPart'> {
  return {
    meta: { ...def.meta, messages: { missingPart: MISSING_PART, ...def.meta.messages } as Record<K | 'missingPart', string> },
    check(notice, report) {
      if (requirePart(notice, part, report)) def.check(notice, report)
    },
  }
}

/** 正文部分（组织情况、下一步打算）须有内容：空时报告 empty，指向该部分的段落。 */
export function sectionPresentRule(section: 'organization' | 'nextSteps', meta: RuleMeta<'empty'>): Rule<'empty' | 'missingPart'> {
  return partRule(section, {
    meta,
    check(notice, report) {
      if (Section.isEmpty(notice[section])) report({ messageId: 'empty', location: { path: [section, 'paragraphs'] } })
    },
  })
}
