/**
 * 两串段落的对齐：先按所属单元（条目的 id、或“标题”“导语”这样的部分）对齐，同一单元内再按文字对齐；
 * 单元内没对上的段落按位置两两配成“改写”，多出的为增、删。送审稿的修订按它逐段写出。
 */
import { lcsPairs } from './text-diff'

export interface AlignedText {
  /** 所属单元：同一单元的段落在两边是“同一处”。 */
  unit: string
  text: string
}

export type ParagraphAlignment =
  { kind: 'same' | 'changed'; before: number; after: number } | { kind: 'deleted'; before: number } | { kind: 'inserted'; after: number }

/** 连续同单元的段落为一组。 */
function groups(list: readonly AlignedText[]): { unit: string; start: number; end: number }[] {
  const out: { unit: string; start: number; end: number }[] = []
  list.forEach((p, i) => {
    const last = out[out.length - 1]
    if (last && last.unit === p.unit) last.end = i + 1
    else out.push({ unit: p.unit, start: i, end: i + 1 })
  })
  return out
}

/** 一组之内：相同文字的段落先对上，其间剩下的按位置配成改写。 */
function alignWithin(
  before: readonly AlignedText[],
  after: readonly AlignedText[],
  b0: number,
  b1: number,
  a0: number,
  a1: number,
  out: ParagraphAlignment[],
): void {
  const pairs = lcsPairs(before.slice(b0, b1), after.slice(a0, a1), (x, y) => x.text === y.text)
  let i = b0
  let j = a0
  const gap = (bi: number, aj: number) => {
    while (i < bi && j < aj) out.push({ kind: 'changed', before: i++, after: j++ })
    while (i < bi) out.push({ kind: 'deleted', before: i++ })
    while (j < aj) out.push({ kind: 'inserted', after: j++ })
  }
  for (const [pi, pj] of pairs) {
    gap(b0 + pi, a0 + pj)
    out.push({ kind: 'same', before: i++, after: j++ })
  }
  gap(b1, a1)
}

export function alignParagraphs(before: readonly AlignedText[], after: readonly AlignedText[]): ParagraphAlignment[] {
  const gb = groups(before)
  const ga = groups(after)
  const out: ParagraphAlignment[] = []
  let i = 0
  let j = 0
  const flush = (bi: number, aj: number) => {
    // 两组之间没对上的单元：旧的整段删去（在前），新的整段加入。
    for (; i < bi; i++) for (let k = gb[i]!.start; k < gb[i]!.end; k++) out.push({ kind: 'deleted', before: k })
    for (; j < aj; j++) for (let k = ga[j]!.start; k < ga[j]!.end; k++) out.push({ kind: 'inserted', after: k })
  }
  for (const [pi, pj] of lcsPairs(gb, ga, (x, y) => x.unit === y.unit)) {
    flush(pi, pj)
    alignWithin(before, after, gb[pi]!.start, gb[pi]!.end, ga[pj]!.start, ga[pj]!.end, out)
    i++
    j++
  }
  flush(gb.length, ga.length)
  return out
}
