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

const ZERO: Progress = {
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

/**
 * 各组同级条目（连同下级）的进度，按数组对象与“是否在问题之下”缓存。只给不可变地修改的通报用（编辑器的 store）：
 * 编辑时没动的子树原样共享，状态栏每次同步只重数改动处到根的一条路径，五十万字的通报不再整篇数一遍。
 */
export type ProgressMemo = WeakMap<ItemData[], [Progress?, Progress?]>

function add(p: Progress, q: Progress): void {
  for (const k of Object.keys(p) as (keyof Progress)[]) p[k] += q[k]
}

function itemsProgress(items: ItemData[], underProblem: boolean, memo: ProgressMemo | undefined): Progress {
  const slot = underProblem ? 1 : 0
  const cached = memo?.get(items)?.[slot]
  if (cached) return cached
  const p = { ...ZERO }
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
    if (item.children.length) add(p, itemsProgress(item.children, underProblem || item.role === 'problem', memo))
  }
  if (memo) {
    const entry = memo.get(items) ?? []
    entry[slot] = p
    memo.set(items, entry)
  }
  return p
}

/** 整改进度：只数逐条整改部分中的条目。memo 见 ProgressMemo；导出、校验、命令行不给（它们可能就地改过条目数组）。 */
export function progress(notice: Notice, memo?: ProgressMemo): Progress {
  return { ...itemsProgress(notice.rectification.items, false, memo) }
}

/** “巡视反馈的4个方面33个问题，已完成整改30个”；四层的写“4个方面9个问题28个具体问题”。memo 同 progress。 */
export function progressSentence(notice: Notice, memo?: ProgressMemo): string {
  const p = progress(notice, memo)
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
