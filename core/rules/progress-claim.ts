// 文中的整改进度数字与逐条整改的结构一致：“巡视反馈的7个方面20个问题，已完成整改19个”“制定的60条整改措施”；
// 关联了整改台账时，也与台账的数字一致（“台账中已销号31项，正文写‘已完成整改30项’”）；其后的“完成率”与两者一致。
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
/** 进度句后面同一句里的完成率（没写完成数时）：“反馈的33项具体问题，整改完成率93.9%”。 */
const RATE = /^[^。；]*?(?:整改)?(?:完成|销号)率(?:为|达到?|是)?(\d+(?:\.\d+)?)%/d

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

function mismatch(
  report: Report<MessageId>,
  at: ClaimText,
  start: number,
  claimed: string,
  actual: number,
  what: string,
  derived: string,
): void {
  const range: [number, number] = [start, start + claimed.length]
  report({
    messageId: 'mismatch',
    data: { claimed, what, actual, derived },
    location: { path: at.path, range },
    fix: { kind: 'replace-text', label: `改为${actual}`, at: { path: at.path, range }, text: String(actual) },
  })
}

/** 百分比在其小数位上是否等于 done/total（四舍五入的误差之内）。 */
function rateMatches(rateText: string, done: number, total: number): boolean {
  const decimals = rateText.includes('.') ? rateText.split('.')[1]!.length : 0
  return Math.abs((done / total) * 100 - Number(rateText)) <= 0.5 * 10 ** -decimals + 1e-9
}

function formatRate(done: number, total: number, decimals: number): string {
  const v = (done / total) * 100
  return v.toFixed(Math.max(decimals, v % 1 ? 1 : 0)).replace(/\.0+$/, '')
}

type MessageId = 'mismatch' | 'ledger' | 'rate'

/** 完成率与各个来源（条目、台账）核对，每个不符的来源报一次。 */
function checkRate(
  report: Report<MessageId>,
  at: ClaimText,
  start: number,
  claimed: string,
  sources: { source: string; done: number; total: number }[],
): void {
  const decimals = claimed.includes('.') ? claimed.split('.')[1]!.length : 0
  const range: [number, number] = [start, start + claimed.length]
  for (const { source, done, total } of sources) {
    if (total === 0 || rateMatches(claimed, done, total)) continue
    const expected = formatRate(done, total, decimals)
    report({
      messageId: 'rate',
      data: { claimed, source, expected, done, total },
      location: { path: at.path, range },
      suggestions: [{ kind: 'replace-text', label: `改为${expected}%`, at: { path: at.path, range }, text: expected }],
    })
  }
}

export const progressClaim = noticeRule({
  meta: {
    messages: {
      mismatch: '文中写“{{claimed}}”{{what}}，按逐条整改的条目应为{{actual}}（{{derived}}）',
      ledger: '台账中{{what}}{{actual}}项，正文写“{{phrase}}”（台账“{{file}}”）',
      rate: '文中完成率{{claimed}}%，按{{source}}应为{{expected}}%（{{done}}/{{total}}）',
    },
    code: 'TB022',
    title: '整改进度与条目不符',
    name: 'progress-claim',
    severity: 'error',
    description:
      '文中的整改进度（“巡视反馈的N个方面M个问题，已完成整改X个，完成率Y%”“制定的N条整改措施”）应与逐条整改部分的方面、问题、措施条目数及完成状态一致；引擎按条目推导出这句话，手写的数字与之不符时报告，并可一键改为推导出的数字。结构无法核对的数字（如条目未分方面、问题未标完成状态）不报告。关联了整改台账时，这些数字也与台账中的方面数、问题数、已销号数核对，不符的逐项列出（台账与正文谁对须由人判断，只给候选修改）。',
  },
  check(notice, report) {
    // 先找手写的进度数字；没有就不必统计条目
    const claims = claimTexts(notice)
      .filter((t) => /\d/.test(t.text) && (t.text.includes('问题') || t.text.includes('整改措施')))
      .map((at) => ({ at, problems: [...at.text.matchAll(PROBLEMS)], measures: [...at.text.matchAll(MEASURES)] }))
      .filter((c) => c.problems.length || c.measures.length)
    if (claims.length === 0) return
    const p = progress(notice)
    const ledger = notice.ledger
    if (p.problems === 0 && !ledger) return
    const problems = sectionEntries(notice, 'rectification')
      .filter((e) => e.item.role === 'problem')
      .map((e) => e.item)
    // 只有顶层条目全是“方面”时，方面数才可核对（混着问题时分组本身不完整）
    const top = notice.rectification.items
    const byAspect = top.length > 0 && top.every((i) => i.role === 'aspect')
    const leafProblems = problems.filter((i) => !i.children.some((c) => c.role === 'problem'))
    // 状态标在最下层的问题上；待确认的状态（续报沿用的）还不算数，完成数暂不核对
    const allStatused = p.problems > 0 && leafProblems.every((i) => i.status !== null && !i.statusPending)
    const measuresItemized = p.measures > 0 && leafProblems.every((i) => i.children.some((c) => c.role === 'measure'))
    // 能完整推导时用模板的进度句；方面或完成状态核对不了时，只说核对得了的部分
    let derived: string | null = null
    const sentence = () =>
      (derived ??=
        byAspect && allStatused
          ? progressSentence(notice)
          : `${notice.meta.kind}反馈的${byAspect ? `${p.aspects}个方面` : ''}${p.problems}个问题${allStatused ? `，已完成整改${p.done}个` : ''}`)
    // 与台账不符：只给候选修改（台账和正文哪个对，须由人判断）
    const againstLedger = (at: ClaimText, start: number, claimed: string, phrase: string, actual: number, what: string) => {
      if (!ledger || Number(claimed) === actual) return
      const range: [number, number] = [start, start + claimed.length]
      report({
        messageId: 'ledger',
        data: { what, actual, phrase, file: ledger.file },
        location: { path: at.path, range },
        suggestions: [{ kind: 'replace-text', label: `按台账改为${actual}`, at: { path: at.path, range }, text: String(actual) }],
      })
    }
    for (const { at, problems: found, measures } of claims) {
      for (const m of found) {
        const ind = m.indices!
        if (p.problems > 0) {
          if (m[1] !== undefined && byAspect && Number(m[1]) !== p.aspects)
            mismatch(report, at, ind[1]![0], m[1], p.aspects, '个方面', sentence())
          if (Number(m[2]) !== p.problems) mismatch(report, at, ind[2]![0], m[2]!, p.problems, '个问题', sentence())
        }
        if (m[1] !== undefined && ledger && ledger.aspects > 0) againstLedger(at, ind[1]![0], m[1], m[0], ledger.aspects, '方面共')
        if (ledger) againstLedger(at, ind[2]![0], m[2]!, m[0], ledger.problems, '问题共')
        const tailAt = m.index + m[0].length
        const done = DONE.exec(at.text.slice(tailAt))
        if (done) {
          const doneAt = tailAt + done.indices![1]![0]
          const phrase = done[0].slice(Math.max(0, done[0].search(/已|现已/)))
          if (allStatused && Number(done[1]) !== p.done) mismatch(report, at, doneAt, done[1]!, p.done, '个已完成整改', sentence())
          if (ledger) againstLedger(at, doneAt, done[1]!, phrase, ledger.done, '已销号（已完成）')
          // 写了完成数时，完成率与它是否相符由 TB025 在句内核对，这里不重复
          continue
        }
        const rate = RATE.exec(at.text.slice(tailAt))
        if (rate) {
          checkRate(report, at, tailAt + rate.indices![1]![0], rate[1]!, [
            ...(allStatused ? [{ source: '逐条整改的条目', done: p.done, total: p.problems }] : []),
            ...(ledger && ledger.problems > 0 ? [{ source: '台账', done: ledger.done, total: ledger.problems }] : []),
          ])
        }
      }
      if (!measuresItemized) continue
      for (const m of measures) {
        const total = m[1]!
        if (Number(total) !== p.measures)
          mismatch(report, at, m.index, total, p.measures, '条整改措施', `逐条整改中共有${p.measures}条措施`)
      }
    }
  },
})
