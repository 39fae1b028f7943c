/**
 * 两段文字的差异，按词（连续的字母数字算一个词）或单个汉字、标点比较：改写、删句、增句都落在字词上，
 * 而不是整段。比对页面与送审稿的修订共用这一个结果。
 */

export type DiffOp = { kind: 'equal'; text: string } | { kind: 'insert'; text: string } | { kind: 'delete'; text: string }

/** 分词：一串拉丁字母或数字（含小数点）为一个词，其余每个字符各为一个。 */
export function tokenize(text: string): string[] {
  return text.match(/[A-Za-z0-9]+(?:\.[0-9]+)*|[\s\S]/gu) ?? []
}

/** 序列的最长公共子序列，返回配对的下标（按顺序）。 */
export function lcsPairs<T>(a: readonly T[], b: readonly T[], same: (x: T, y: T) => boolean = (x, y) => x === y): [number, number][] {
  // 先去掉相同的开头和结尾：通常只改了中间一小处，表只需覆盖中间。
  let start = 0
  while (start < a.length && start < b.length && same(a[start]!, b[start]!)) start++
  let endA = a.length
  let endB = b.length
  while (endA > start && endB > start && same(a[endA - 1]!, b[endB - 1]!)) {
    endA--
    endB--
  }
  const n = endA - start
  const m = endB - start
  const table = new Uint32Array((n + 1) * (m + 1))
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--)
      table[i * (m + 1) + j] = same(a[start + i]!, b[start + j]!)
        ? table[(i + 1) * (m + 1) + j + 1]! + 1
        : Math.max(table[(i + 1) * (m + 1) + j]!, table[i * (m + 1) + j + 1]!)
  const pairs: [number, number][] = []
  for (let k = 0; k < start; k++) pairs.push([k, k])
  let i = 0
  let j = 0
  while (i < n && j < m) {
    if (same(a[start + i]!, b[start + j]!)) {
      pairs.push([start + i, start + j])
      i++
      j++
    } else if (table[(i + 1) * (m + 1) + j]! >= table[i * (m + 1) + j + 1]!) i++
    else j++
  }
  for (let k = 0; k < a.length - endA; k++) pairs.push([endA + k, endB + k])
  return pairs
}

/** 把同类的相邻片段并起来。 */
function merged(ops: DiffOp[]): DiffOp[] {
  const out: DiffOp[] = []
  for (const op of ops) {
    if (op.text === '') continue
    const last = out[out.length - 1]
    if (last && last.kind === op.kind) out[out.length - 1] = { kind: op.kind, text: last.text + op.text }
    else out.push(op)
  }
  return out
}

/**
 * 夹在两处改动之间、不超过两个字的相同片段并进改动（“加强”改“强化”读作整词替换，而不是删一字、留一字、加一字）。
 * 结果中删除总在插入之前。
 */
function readable(ops: DiffOp[]): DiffOp[] {
  let current = merged(ops)
  for (;;) {
    const i = current.findIndex((op, k) => op.kind === 'equal' && k > 0 && k < current.length - 1 && [...op.text].length <= 2)
    if (i < 0) break
    const op = current[i]!
    current = merged([
      ...current.slice(0, i),
      { kind: 'delete', text: op.text },
      { kind: 'insert', text: op.text },
      ...current.slice(i + 1),
    ])
  }
  // 一段改动里的删除与插入各并成一处，删除在前。
  const out: DiffOp[] = []
  for (let k = 0; k < current.length;) {
    if (current[k]!.kind === 'equal') {
      out.push(current[k++]!)
      continue
    }
    let del = ''
    let ins = ''
    for (; k < current.length && current[k]!.kind !== 'equal'; k++) {
      if (current[k]!.kind === 'delete') del += current[k]!.text
      else ins += current[k]!.text
    }
    if (del) out.push({ kind: 'delete', text: del })
    if (ins) out.push({ kind: 'insert', text: ins })
  }
  return out
}

/** before → after 的差异；相同时为一个 equal（或空）。 */
export function diffText(before: string, after: string): DiffOp[] {
  if (before === after) return before ? [{ kind: 'equal', text: before }] : []
  const a = tokenize(before)
  const b = tokenize(after)
  const ops: DiffOp[] = []
  let i = 0
  let j = 0
  for (const [pi, pj] of lcsPairs(a, b)) {
    if (i < pi) ops.push({ kind: 'delete', text: a.slice(i, pi).join('') })
    if (j < pj) ops.push({ kind: 'insert', text: b.slice(j, pj).join('') })
    ops.push({ kind: 'equal', text: a[pi]! })
    i = pi + 1
    j = pj + 1
  }
  if (i < a.length) ops.push({ kind: 'delete', text: a.slice(i).join('') })
  if (j < b.length) ops.push({ kind: 'insert', text: b.slice(j).join('') })
  return readable(ops)
}
