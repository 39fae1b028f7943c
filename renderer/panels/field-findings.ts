/** 信息面板各栏下就地显示的提示：就是检查结果中位置在该栏路径上（或其下）的那些，没有另一套校验。 */
import type { Path } from '../../core/model'
import type { Finding } from '../../core/rules/types'

const NONE: Finding[] = Object.freeze([]) as unknown as Finding[]

/**
 * 每份检查结果按路径前缀分好一次：表单有四十来栏，每次同步后各栏都要取自己的提示；
 * 逐栏把几百条结果过滤一遍，最大样例上一次同步里约 0.6 ms（同步本是一个 15 ms 的长任务）。检查结果是不可变的新数组，按对象缓存。
 */
const byPrefix = new WeakMap<readonly Finding[], Map<string, Finding[]>>()

/** 路径的键：数字与字符串分开（['contact', 1] 与 ['contact', '1'] 不同，与逐项 === 比较一致）。 */
const segment = (k: Path[number]) => `${typeof k === 'number' ? '#' : '$'}${k}`

function index(findings: readonly Finding[]): Map<string, Finding[]> {
  let map = byPrefix.get(findings)
  if (map) return map
  map = new Map()
  for (const f of findings) {
    let key = ''
    const path = f.location.path
    for (let n = 0; ; n++) {
      const list = map.get(key)
      if (list) list.push(f)
      else map.set(key, [f])
      if (n === path.length) break
      key += '\u0000' + segment(path[n]!)
    }
  }
  byPrefix.set(findings, map)
  return map
}

/** 一栏的提示：位置在 path 上或其下的检查结果，按检查的顺序。规则出错（null）时没有提示。返回的数组只读、可能共用。 */
export function fieldFindings(findings: readonly Finding[] | null | undefined, path: Path): Finding[] {
  if (!findings || findings.length === 0) return NONE
  return index(findings).get(path.map((k) => '\u0000' + segment(k)).join('')) ?? NONE
}
