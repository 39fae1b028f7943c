/**
 * 字数（状态栏）：通报全文（core/document/blocks 的线性视图，含推导的编号、导语、统计与联系方式）中不是空白的字符数。
 * 正文各段的字数按段落的 runs 数组缓存：编辑时没动的段落对象原样共享（见 renderer/editor/share-section.ts），
 * 五十万字的通报同步一次只数改动的段落。
 */
import { noticeBlocks } from '../document/blocks'
import type { Notice } from '../model/notice'
import type { TextRun } from '../model/rich-text'

const byRuns = new WeakMap<readonly TextRun[], number>()

const SPACE = /\s/g

function visible(text: string): number {
  return text.length - (text.match(SPACE)?.length ?? 0)
}

function runsCount(runs: readonly TextRun[]): number {
  let n = byRuns.get(runs)
  if (n === undefined) {
    n = 0
    for (const r of runs) n += visible(r.text)
    byRuns.set(runs, n)
  }
  return n
}

export function characterCount(notice: Notice): number {
  let n = 0
  for (const b of noticeBlocks(notice)) n += visible(b.marker) + visible(b.heading) + runsCount(b.runs)
  return n
}
