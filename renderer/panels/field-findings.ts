/** 信息面板各栏下就地显示的提示：就是检查结果中位置在该栏路径上（或其下）的那些，没有另一套校验。 */
import type { Path } from '../../core/model'
import type { Finding } from '../../core/rules/types'

function startsWith(path: Path, prefix: Path): boolean {
  return prefix.length <= path.length && prefix.every((k, i) => path[i] === k)
}

/** 一栏的提示：位置在 path 上或其下的检查结果，按检查的顺序。规则出错（null）时没有提示。 */
export function fieldFindings(findings: readonly Finding[] | null | undefined, path: Path): Finding[] {
  return (findings ?? []).filter((f) => startsWith(f.location.path, path))
}
