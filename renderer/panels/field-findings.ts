/** 信息面板各栏下就地显示的提示：就是检查结果中位置在该栏路径上（或其下）的那些，没有另一套校验。 */
import type { Path } from '../../core/model'
import type { Finding } from '../../core/rules/types'

const NONE: Finding[] = Object.freeze([]) as unknown as Finding[]

/**
 * 每份检查结果只按路径的第一段分组一次，各栏再在自己那一组里按前缀筛，答案按栏记下。
 * 表单有四十来栏，每次检查后各栏都要取自己的提示：逐栏把全部结果过滤一遍，最大样例（八百多条）上约 0.6 ms；
 * 按每条结果的每级前缀建索引（路径平均八段）又要 3～4 ms，成了检查后重绘里最大的一块。
 * 各栏的路径都很短，结果大多在逐条整改之下，而问到逐条整改的只有当前条目那几栏。检查结果是不可变的新数组，按对象缓存。
 */
interface Index {
  /** 按路径第一段分组，保持检查的顺序；Map 的键区分数字与字符串（['contact', 1] 与 ['contact', '1'] 不同）。 */
  byFirst: Map<Path[number], Finding[]>
  /** 已经问过的栏：路径的键 → 提示。 */
  answers: Map<string, Finding[]>
}

const indexes = new WeakMap<readonly Finding[], Index>()

/** 路径的键：数字与字符串分开，与逐项 === 比较一致。 */
const pathKey = (path: Path) => path.map((k) => `${typeof k === 'number' ? '#' : '$'}${k}`).join('\u0000')

function indexOf(findings: readonly Finding[]): Index {
  let index = indexes.get(findings)
  if (index) return index
  const byFirst = new Map<Path[number], Finding[]>()
  for (const f of findings) {
    const path = f.location.path
    if (path.length === 0) continue
    const group = byFirst.get(path[0]!)
    if (group) group.push(f)
    else byFirst.set(path[0]!, [f])
  }
  index = { byFirst, answers: new Map() }
  indexes.set(findings, index)
  return index
}

function under(path: Path, prefix: Path): boolean {
  if (path.length < prefix.length) return false
  for (let i = 0; i < prefix.length; i++) if (path[i] !== prefix[i]) return false
  return true
}

/** 一栏的提示：位置在 path 上或其下的检查结果，按检查的顺序。规则出错（null）时没有提示。返回的数组只读、可能共用。 */
export function fieldFindings(findings: readonly Finding[] | null | undefined, path: Path): Finding[] {
  if (!findings || findings.length === 0) return NONE
  const index = indexOf(findings)
  const key = pathKey(path)
  let answer = index.answers.get(key)
  if (!answer) {
    const candidates = path.length === 0 ? findings : (index.byFirst.get(path[0]!) ?? NONE)
    const matching = candidates.filter((f) => under(f.location.path, path))
    answer = matching.length ? matching : NONE
    index.answers.set(key, answer)
  }
  return answer
}
