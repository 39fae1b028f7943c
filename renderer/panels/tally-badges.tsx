/** 错误、警告、提示各几条：检查标签页、状态栏和检查面板顶上显示同一组数字（core/rules/tally 算一次）。 */
import { type FindingTally, tallyLabel } from '../../core/rules/tally'
import { SEVERITY_LABEL, type Severity } from '../../core/rules/types'

const ORDER: Severity[] = ['error', 'warning', 'info']

/**
 * 完整写法“错误 3 警告 2 提示 1”：看到的就是读屏读的（按钮名与可见文字一致）。
 * compact：标签页里地方小，只写第一个字（“错 3”），读屏改读完整的“错误 3 条，警告 2 条……”。
 */
export function TallyBadges({ tally, compact = false }: { tally: FindingTally; compact?: boolean }) {
  return (
    <span className="tally" title={tallyLabel(tally)}>
      {compact && <span className="visually-hidden">{tallyLabel(tally)}</span>}
      {ORDER.map((s) => (
        <span key={s} className={`tally-badge ${s}${tally[s] === 0 ? ' zero' : ''}`} aria-hidden={compact ? 'true' : undefined}>
          {compact ? SEVERITY_LABEL[s].slice(0, 1) : SEVERITY_LABEL[s]} {tally[s]}
        </span>
      ))}
    </span>
  )
}
