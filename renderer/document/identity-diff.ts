/**
 * 按对象身份比较两棵纯数据树（对象、数组、原始值），得到“从上一棵到这一棵”的补丁；对方手里有上一棵时，apply 还原出这一棵。
 * 通报不可变、改动时未变的方面/条目/段落保留原来的对象（结构共享），所以打一个字只有一条路径上的对象是新的：
 * 补丁只带这条路径，其余写成“同上一棵的某处”。自动保存 Worker 保留上一次收到的通报，界面线程只把补丁发过去，
 * 不必每次结构化克隆整份通报（五十万字时三十多毫秒）。
 *
 * 补丁本身是纯数据（可以 postMessage）。只认普通对象与数组；其它值（Date、Map……）整份带上。
 */

/** 从上一棵的对应位置（base）到这一棵的补丁。 */
export type Patch =
  /** 与 base 是同一个值 */
  | { readonly k: 'same' }
  /** 新值，整份带上 */
  | { readonly k: 'value'; readonly v: unknown }
  /** 普通对象：按这一棵的键序，每个键对 base 同名键的补丁（base 没有的键必为 value） */
  | { readonly k: 'object'; readonly fields: readonly (readonly [string, Patch])[] }
  /** 数组：按这一棵的顺序一段段拼出 */
  | { readonly k: 'array'; readonly parts: readonly ArrayPart[] }

export type ArrayPart =
  /** base 数组里从 from 起的 n 个元素原样沿用 */
  | { readonly from: number; readonly n: number }
  /** 对 base[at] 的补丁得到的一个元素（at 为 -1：没有可比的旧元素，p 必为 value） */
  | { readonly at: number; readonly p: Patch }

const SAME: Patch = { k: 'same' }

type Plain = Record<string, unknown>

function isPlainObject(x: unknown): x is Plain {
  if (typeof x !== 'object' || x === null || Array.isArray(x)) return false
  const proto = Object.getPrototypeOf(x) as unknown
  return proto === Object.prototype || proto === null
}

/** 补丁是不是“什么都没变”。 */
export function isSame(p: Patch): boolean {
  return p.k === 'same'
}

/** 每比一个位置、每带上一份代价就记一笔；超支时抛出 OVER（diffWithin 用）。 */
type Spend = (units: number) => void
const OVER = new Error('identity-diff: over budget')
const free: Spend = () => {}

export function diff(prev: unknown, next: unknown): Patch {
  return diffIn(prev, next, free, Infinity)
}

/**
 * 同 diff，但比较与带上的值合计超过 cap 份代价（weight）就放弃、返回 null：两份不相干的大通报（换了一份文档）
 * 不必一路比到底，调用方改为分块整份发送。
 */
export function diffWithin(prev: unknown, next: unknown, cap: number): Patch | null {
  let left = cap
  const spend: Spend = (units) => {
    left -= units
    if (left < 0) throw OVER
  }
  try {
    return diffIn(prev, next, spend, cap)
  } catch (e) {
    if (e === OVER) return null
    throw e
  }
}

function value(v: unknown, spend: Spend, cap: number): Patch {
  spend(weight(v, cap))
  return { k: 'value', v }
}

function diffIn(prev: unknown, next: unknown, spend: Spend, cap: number): Patch {
  if (Object.is(prev, next)) return SAME
  spend(1)
  if (Array.isArray(prev) && Array.isArray(next)) return diffArray(prev, next, spend, cap)
  if (isPlainObject(prev) && isPlainObject(next)) return diffObject(prev, next, spend, cap)
  return value(next, spend, cap)
}

function diffObject(prev: Plain, next: Plain, spend: Spend, cap: number): Patch {
  const fields: (readonly [string, Patch])[] = []
  const prevKeys = Object.keys(prev)
  const nextKeys = Object.keys(next)
  let changed = prevKeys.length !== nextKeys.length
  for (let i = 0; i < nextKeys.length; i++) {
    const key = nextKeys[i]!
    // 键序也要一样（写成 JSON 时键序就是文本）：键换了位置算改动。
    if (prevKeys[i] !== key) changed = true
    const p = Object.hasOwn(prev, key) ? diffIn(prev[key], next[key], spend, cap) : value(next[key], spend, cap)
    if (p.k !== 'same') changed = true
    fields.push([key, p])
  }
  return changed ? { k: 'object', fields } : SAME
}

/**
 * 数组：这一棵里沿用了旧数组某个元素（同一个对象）的位置，写成对旧位置的引用（连续的并成一段）；
 * 新元素对“应在的旧位置”求补丁——前一个元素沿用了旧的第 j 个，就比旧的第 j+1 个（在中间改了一段的常见情形），
 * 否则比同一下标的。比哪一个只影响补丁大小，不影响还原的结果。
 */
function diffArray(prev: readonly unknown[], next: readonly unknown[], spend: Spend, cap: number): Patch {
  spend(prev.length + next.length)
  const where = new Map<unknown, number>()
  for (let j = prev.length - 1; j >= 0; j--) {
    const x = prev[j]
    if (typeof x === 'object' && x !== null) where.set(x, j)
  }
  const parts: ArrayPart[] = []
  let lastFrom = -2
  for (let i = 0; i < next.length; i++) {
    const x = next[i]
    const j = typeof x === 'object' && x !== null ? where.get(x) : i < prev.length && Object.is(prev[i], x) ? i : undefined
    if (j !== undefined) {
      const run = parts.at(-1)
      if (run && 'n' in run && run.from + run.n === j) parts[parts.length - 1] = { from: run.from, n: run.n + 1 }
      else parts.push({ from: j, n: 1 })
      lastFrom = j
      continue
    }
    const at = lastFrom >= 0 ? lastFrom + 1 : i
    const base = at < prev.length ? at : -1
    parts.push(base >= 0 ? { at: base, p: diffIn(prev[base], x, spend, cap) } : { at: -1, p: value(x, spend, cap) })
    lastFrom = base >= 0 ? base : lastFrom
  }
  const same = prev.length === next.length && parts.length === 1 && 'n' in parts[0]! && parts[0].from === 0
  return same || (prev.length === 0 && next.length === 0) ? SAME : { k: 'array', parts }
}

/** 在上一棵 prev 上用补丁，得到这一棵；没改动的子树就是 prev 里的同一个对象。 */
export function apply(prev: unknown, patch: Patch): unknown {
  switch (patch.k) {
    case 'same':
      return prev
    case 'value':
      return patch.v
    case 'object': {
      const base = (isPlainObject(prev) ? prev : {}) as Plain
      const out: Plain = {}
      for (const [key, p] of patch.fields) out[key] = apply(base[key], p)
      return out
    }
    case 'array': {
      const base = Array.isArray(prev) ? (prev as unknown[]) : []
      const out: unknown[] = []
      for (const part of patch.parts) {
        if ('n' in part) for (let j = part.from; j < part.from + part.n; j++) out.push(base[j])
        else out.push(apply(part.at >= 0 ? base[part.at] : undefined, part.p))
      }
      return out
    }
  }
}

const weights = new WeakMap<object, number>()

/**
 * 结构化克隆一个值大致的代价（单位约为一个小值）：每个值 1，对象的每个键 1，字符串另加长度的十六分之一。
 * 超过 cap 就不再往下数（返回一个大于 cap 的数）：问“这个补丁小不小”不必走遍一份新的大通报。数完的对象记住，不变的子树只数一次。
 */
export function weight(x: unknown, cap = Infinity): number {
  if (typeof x === 'string') return 1 + (x.length >> 4)
  if (typeof x !== 'object' || x === null) return 1
  const known = weights.get(x)
  if (known !== undefined) return known
  const perKey = Array.isArray(x) ? 0 : 1
  let w = 1
  for (const v of Array.isArray(x) ? (x as unknown[]) : Object.values(x)) {
    if (w > cap) return w
    w += perKey + weight(v, cap - w)
  }
  if (w <= cap) weights.set(x, w)
  return w
}

/** 补丁里整份带上的值的代价（发过去要克隆的就是这些）；超过 cap 就不再往下数。 */
export function patchWeight(p: Patch, cap = Infinity): number {
  switch (p.k) {
    case 'same':
      return 0
    case 'value':
      return weight(p.v, cap)
    case 'object':
    case 'array': {
      let w = 1
      const parts = p.k === 'object' ? p.fields.map(([, f]) => f) : p.parts.map((part) => ('p' in part ? part.p : null))
      for (const f of parts) {
        if (w > cap) return w
        w += 1 + (f ? patchWeight(f, cap - w) : 0)
      }
      return w
    }
  }
}

/**
 * target 按深度优先的前 budget 份代价（weight）：整个放得下的子树就是 target 里的同一个对象，放不下的数组只取前面几个元素，
 * 对象的键总是齐的（值不够份额时是空数组）。budget 依次加大得到一串越来越完整的树，最后一棵就是 target 本身；
 * 相邻两棵之间的补丁大约只带 budget 的增量——一份很大的新内容可以这样分几次发给 Worker，每次只克隆一小块。
 * 每次只走到预算用完为止（数完的子树记住代价），所以每一块在界面线程上的功夫也只与预算相当。
 */
export function prefix(target: unknown, budget: number): unknown {
  return take(target, budget).value
}

function take(x: unknown, budget: number): { value: unknown; used: number; whole: boolean } {
  if (typeof x !== 'object' || x === null) return { value: x, used: weight(x), whole: true }
  const known = weights.get(x)
  if (known !== undefined && known <= budget) return { value: x, used: known, whole: true }
  const array = Array.isArray(x)
  if (!array && !isPlainObject(x)) return { value: x, used: weight(x), whole: true }
  let used = 1
  let whole = true
  let out: unknown[] | Plain
  if (array) {
    // 数组取到预算用完为止
    const items = x as unknown[]
    const taken: unknown[] = []
    for (let i = 0; i < items.length; i++) {
      if (used >= budget) {
        whole = false
        break
      }
      const part = take(items[i], budget - used)
      taken.push(part.value)
      used += part.used
      whole &&= part.whole
    }
    out = taken
  } else {
    // 对象的键总要齐
    const fields: Plain = {}
    for (const key of Object.keys(x)) {
      const part = take((x as Plain)[key], Math.max(0, budget - used - 1))
      fields[key] = part.value
      used += 1 + part.used
      whole &&= part.whole
    }
    out = fields
  }
  if (!whole) return { value: out, used, whole }
  weights.set(x, used)
  return { value: x, used, whole }
}
