// 文中的整改进度数字与逐条整改的结构一致：“巡视反馈的7个方面20个问题，已完成整改19个”“制定的60条整改措施”。
import { progress, progressSentence } from '../derive/progress'
import type { Path } from '../model/item'
import { sectionEntries } from '../document/item-entries'
import type { Notice } from '../model/notice'
import type { RichText } from '../model/rich-text'
import { noticeRule } from './notice-rule'
import type { Report } from './types'
import { paragraphText } from './text-units'

const PROBLEMS = /(?:巡视|巡察)?反馈(?:的|了)?(?:意见)?(?:共)?(?:(\d+)个?方面)?(?:共)?(\d+)(?:个|项|条)(?:具体)?问题/dg
const DONE = /^[^。；]*?(?:已|现已)(?:全部)?(?:完成整改|整改完成|完成|整改到位)(\d+)(?:个|项)/d
const MEASURES = /(\d+)(?:条|项)整改措施[^。；\d]{0,8}?(?:已完成|已落实|已全部完成)(\d+)(?:条|项)/g

interface ClaimText {
  path: Path
  text: string
}

/** 进度数字通常写在导语、组织情况、统计段落和各部分开头的段落里，不在逐条整改的条目中。 */
function claimTexts(notice: Notice): ClaimText[] {
  const out: ClaimText[] = []
  const add = (rt: RichText | null, base: Path) => rt?.forEach((p, i) => out.push({ path: [...base, i], text: paragraphText(p) }))
  add(notice.lead.override, ['lead', 'override'])
  add(notice.organization.paragraphs, ['organization', 'paragraphs'])
  for (const { item, path } of sectionEntries(notice, 'organization')) {
    out.push({ path: [...path, 'title'], text: item.title })
    add(item.body, [...path, 'body'])
  }
  add(notice.statistics.override, ['statistics', 'override'])
  notice.statistics.extraFacts.forEach((text, i) => out.push({ path: ['statistics', 'extraFacts', i], text }))
  add(notice.rectification.paragraphs, ['rectification', 'paragraphs'])
  add(notice.nextSteps.paragraphs, ['nextSteps', 'paragraphs'])
  return out
}

function mismatch(report: Report<'mismatch'>, at: ClaimText, start: number, claimed: string, actual: number, what: string, derived: string): void {
  const range: [number, number] = [start, start + claimed.length]
  report({
    messageId: 'mismatch',
    data: { claimed, what, actual, derived },
    location: { path: at.path, range },
    fix: { kind: 'replace-text', label: `改为${actual}`, at: { path: at.path, range }, text: String(actual) },
  })
}

export const progressClaim = noticeRule({
  meta: {
    messages: { mismatch: '文中写“{{claimed}}”{{what}}，按逐条整改的条目应为{{actual}}（{{derived}}）' },
    code: 'TB022',
    name: 'progress-claim',
    severity: 'error',
    description:
      '文中的整改进度（“巡视反馈的N个方面M个问题，已完成整改X个”“制定的N条整改措施”）应与逐条整改部分的方面、问题、措施条目数及完成状态一致；引擎按条目推导出这句话，手写的数字与之不符时报告，并可一键改为推导出的数字。结构无法核对的数字（如条目未分方面、问题未标完成状态）不报告。',
  },
  check(notice, report) {
    // 先找手写的进度数字；没有就不必统计条目
    const claims = claimTexts(notice)
      .filter((t) => /\d/.test(t.text) && (t.text.includes('问题') || t.text.includes('整改措施')))
      .map((at) => ({ at, problems: [...at.text.matchAll(PROBLEMS)], measures: [...at.text.matchAll(MEASURES)] }))
      .filter((c) => c.problems.length || c.measures.length)
    if (claims.length === 0) return
    const p = progress(notice)
    if (p.problems === 0) return
    const problems = sectionEntries(notice, 'rectification').filter((e) => e.item.role === 'problem').map((e) => e.item)
    // 只有顶层条目全是“方面”时，方面数才可核对（混着问题时分组本身不完整）
    const top = notice.rectification.items
    const byAspect = top.length > 0 && top.every((i) => i.role === 'aspect')
    const leafProblems = problems.filter((i) => !i.children.some((c) => c.role === 'problem'))
    // 状态标在最下层的问题上；待确认的状态（续报沿用的）还不算数，完成数暂不核对
    const allStatused = leafProblems.every((i) => i.status !== null && !i.statusPending)
    const measuresItemized = p.measures > 0 && leafProblems.every((i) => i.children.some((c) => c.role === 'measure'))
    // 能完整推导时用模板的进度句；方面或完成状态核对不了时，只说核对得了的部分
    let derived: string | null = null
    const sentence = () =>
      (derived ??=
        byAspect && allStatused
          ? progressSentence(notice)
          : `${notice.meta.kind}反馈的${byAspect ? `${p.aspects}个方面` : ''}${p.problems}个问题${allStatused ? `，已完成整改${p.done}个` : ''}`)
    for (const { at, problems: found, measures } of claims) {
      for (const m of found) {
        const ind = m.indices!
        if (m[1] !== undefined && byAspect && Number(m[1]) !== p.aspects) mismatch(report, at, ind[1]![0], m[1], p.aspects, '个方面', sentence())
        if (Number(m[2]) !== p.problems) mismatch(report, at, ind[2]![0], m[2]!, p.problems, '个问题', sentence())
        const tailAt = m.index + m[0].length
        const done = DONE.exec(at.text.slice(tailAt))
        if (done && allStatused && Number(done[1]) !== p.done) mismatch(report, at, tailAt + done.indices![1]![0], done[1]!, p.done, '个已完成整改', sentence())
      }
      if (!measuresItemized) continue
      for (const m of measures) {
        const total = m[1]!
        if (Number(total) !== p.measures) mismatch(report, at, m.index, total, p.measures, '条整改措施', `逐条整改中共有${p.measures}条措施`)
      }
    }
  },
})
