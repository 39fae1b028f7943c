import type { Item as ItemData, Notice } from '../model/notice'
import { fill } from '../template/template'
import { templateFor } from '../template/templates'

export interface Progress {
  aspects: number
  /** 问题：不在另一个问题之下的问题条目。 */
  problems: number
  /** 具体问题：问题之下的问题条目（四层的通报：方面 → “1.关于…问题” → “（1）具体问题”）。 */
  specificProblems: number
  /** 标状态的问题数：最下层的问题（下设具体问题的，由具体问题标）。进度“已完成 X / N”的 N。 */
  statusItems: number
  /** 以下三项只数已确认的状态（续报时沿用、待确认的不算）。 */
  done: number
  basicallyDone: number
  ongoing: number
  /** 状态待确认（statusPending）的问题。 */
  pending: number
  measures: number
}

/** 标状态的是最下层的问题：下设具体问题的，由各具体问题分别标。 */
const bearsStatus = (i: ItemData) => i.role === 'problem' && !i.children.some((c) => c.role === 'problem')
const confirmed = (i: ItemData) => bearsStatus(i) && i.statusPending !== true

/** 整改进度：只数逐条整改部分中的条目。 */
export function progress(notice: Notice): Progress {
  const p: Progress = {
    aspects: 0,
    problems: 0,
    specificProblems: 0,
    statusItems: 0,
    done: 0,
    basicallyDone: 0,
    ongoing: 0,
    pending: 0,
    measures: 0,
  }
  const walk = (items: ItemData[], underProblem: boolean) => {
    for (const item of items) {
      if (item.role === 'aspect') p.aspects++
      else if (item.role === 'measure') p.measures++
      else if (underProblem) p.specificProblems++
      else p.problems++
      if (bearsStatus(item)) p.statusItems++
      if (bearsStatus(item) && item.statusPending) p.pending++
      if (confirmed(item)) {
        if (item.status === '已完成') p.done++
        else if (item.status === '基本完成') p.basicallyDone++
        else if (item.status === '持续推进') p.ongoing++
      }
      walk(item.children, underProblem || item.role === 'problem')
    }
  }
  walk(notice.rectification.items, false)
  return p
}

/** “巡视反馈的4个方面33个问题，已完成整改30个”；四层的写“4个方面9个问题28个具体问题”。 */
export function progressSentence(notice: Notice): string {
  const p = progress(notice)
  const t = templateFor(notice.meta.kind)
  return fill(
    t.boilerplate.progress,
    {
      kind: notice.meta.kind,
      aspects: p.aspects ? `${p.aspects}个方面` : '',
      problems: String(p.problems),
      specific: p.specificProblems ? `${p.specificProblems}个具体问题` : '',
      done: String(p.done),
    },
    t.placeholder,
  )
}
