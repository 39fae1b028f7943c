// 把 `tongbao inspect --json` 的输出与 seeds-expected.json 的人工读法逐项对照，返回每一项的结果。
// 对照项（验收标准）：顶层条目数、每条的下级条目数、各部分有无、联系渠道、落款机关与日期；
// 另加导语中的巡视期间与反馈日期（期间有两种读法时应留空）。
import type { NoticeSummary } from '../../core/inspect/summary'
import { seedsExpected } from '../support/seeds'

export interface Check {
  label: string
  expected: unknown
  actual: unknown
  ok: boolean
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b)

export function expectedChecks(seed: string, s: NoticeSummary): Check[] {
  const e = seedsExpected().seeds[seed]
  if (!e) throw new Error(`seeds-expected.json 中没有 ${seed}`)
  const st = e.structure
  const checks: Check[] = []
  const check = (label: string, expected: unknown, actual: unknown) => checks.push({ label, expected, actual, ok: same(expected, actual) })

  check('顶层条目数', st.rectification.top_level_count, s.items.length)
  if (st.rectification.issues_per_theme) {
    check(
      '每个方面的问题数',
      st.rectification.issues_per_theme,
      s.items.map((i) => i.children.length),
    )
    check(
      '每个问题的具体问题数',
      Object.values(st.rectification.sub_counts_by_issue),
      s.items.flatMap((i) => i.children.map((c) => c.children.length)),
    )
  } else {
    check(
      '每条的下级条目数',
      st.rectification.sub_counts,
      s.items.map((i) => i.children.length),
    )
  }

  check('导语', e.daoyu?.present ?? true, s.sections.lead)
  check('组织情况', st.organization_section.present, s.sections.organization)
  check('统计段落', st.statistics.present, s.sections.statistics)
  check('逐条整改', true, s.sections.items)
  check('下一步', st.next_steps.present, s.sections.nextSteps)
  check('联系方式', st.contact.present, s.sections.contact)
  check('落款', st.signature.present, s.sections.signature)

  const f = st.contact.fields
  const list = (v: string | null) => (v ? [v] : [])
  check('联系电话', list(f.phone), s.contact.phones)
  check('通信地址', list(f.postal_address), s.contact.addresses)
  check('邮编', list(f.postcode), s.contact.postcodes)
  check('电子邮箱', list(f.email), s.contact.emails)
  check('网址', list(f.website), s.contact.websites)

  if (st.signature.present) {
    check('落款机关', st.signature.org, s.signature.org)
    check('落款日期', e.signed_date?.normalized ?? null, s.signature.date)
  }
  const period = e.inspection_period?.normalized as string | null | undefined
  if (period !== undefined) {
    const [start, end] = period ? period.split('/') : [null, null]
    check('巡视/巡察期间', { start, end }, s.period)
  }
  if (e.feedback_date) check('反馈日期', e.feedback_date.normalized, s.feedbackDate)
  return checks
}

export function score(checks: Check[]): number {
  return checks.filter((c) => c.ok).length / checks.length
}
