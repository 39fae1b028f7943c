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

export function diff(prev: unknown, next: unknown): Patch {
  if (Object.is(prev, next)) return SAME
  if (Array.isArray(prev) && Array.isArray(next)) return diffArray(prev, next)
  if (isPlainObject(prev) && isPlainObject(next)) return diffObject(prev, next)
  return { k: 'value', v: next }
}

function diffObject(prev: Plain, next: Plain): Patch {
  const fields: (readonly [string, Patch])[] = []
  const prevKeys = Object.keys(prev)
  const nextKeys = Object.keys(next)
  let changed = prevKeys.length !== nextKeys.length
  for (let i = 0; i < nextKeys.length; i++) {
    const key = nextKeys[i]!
    // 键序也要一样（写成 JSON 时键序就是文本）：键换了位置算改动。
    if (prevKeys[i] !== key) changed = true
    const p = Object.hasOwn(prev, key) ? diff(prev[key], next[key]) : { k: 'value' as const, v: next[key] }
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
function diffArray(prev: readonly unknown[], next: readonly unknown[]): Patch {
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
    parts.push(base >= 0 ? { at: base, p: diff(prev[base], x) } : { at: -1, p: { k: 'value', v: x } })
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
