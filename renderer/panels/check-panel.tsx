/**
 * 检查面板：规则给出的问题按规则分组（“半角标点 851 处”），错误在前；组可展开，展开后逐条点击跳到位置、逐条修复。
 * 可安全修正的规则（RuleMeta.safeFix）每组有“全部改正”，面板顶上有“一键修正”，各为一步撤销（issue #10）。
 * 收起的组不为其中的结果建组件；展开的组也只先画前 PAGE 条，其余按“再显示”分批画出，上千条结果时面板仍然轻快。
 */
import { useMemo, useState } from 'react'
import { groupByRule, type RuleGroup } from '../../core/rules/by-rule'
import { tallyFindings } from '../../core/rules/tally'
import type { Finding, Fix } from '../../core/rules/types'
import { SEVERITY_LABEL } from '../../core/rules/types'
import { TallyBadges } from './tally-badges'

interface Props {
  /** null：规则运行出错，暂时无法检查；undefined：刚打开，正在做第一次检查 */
  findings: Finding[] | null | undefined
  onJump(f: Finding): void
  onFix(fix: Fix): void
  /** 成批修正可安全修正的结果：给了规则编号时只修这一组 */
  onFixSafe(rule?: string): void
}

/** 结果不多于这么多条的组一开始就展开：短的清单一眼看全，长的组收起只显示组名和处数。 */
const OPEN_UP_TO = 3
/** 展开的组每次画出的条数 */
const PAGE = 50

const SAFE_HINT = '只改字符的写法（全角半角、标点形式、多余的空格和看不见的字符、日期和字号的格式），不改字词、数字和条目；可撤销'

export function CheckPanel({ findings, onJump, onFix, onFixSafe }: Props) {
  const groups = useMemo(() => (findings == null ? [] : groupByRule(findings)), [findings])
  const tally = useMemo(() => (findings == null ? null : tallyFindings(findings)), [findings])
  // 用户点过的组记住其展开与否（按规则编号；修正后组的内容变了也不跳回默认）
  const [toggled, setToggled] = useState<ReadonlyMap<string, boolean>>(new Map())
  const isOpen = (g: RuleGroup) => toggled.get(g.rule) ?? g.findings.length <= OPEN_UP_TO
  const safeTotal = groups.reduce((n, g) => n + g.safeFixes, 0)
  return (
    <section className="panel check" aria-label="检查">
      <h2 className="panel-title">检查</h2>
      {findings === undefined ? (
        <p className="checking">正在检查…</p>
      ) : findings === null || tally === null ? (
        <p className="field-error">检查规则运行出错，暂时无法检查。请保存后重新打开；如仍出错，请联系技术支持。</p>
      ) : findings.length === 0 ? (
        <p className="all-clear">未发现问题。</p>
      ) : (
        <>
          <div className="check-summary">
            <TallyBadges tally={tally} />
            {safeTotal > 0 && (
              <button type="button" className="fix-safe" onClick={() => onFixSafe()} title={SAFE_HINT}>
                一键修正可安全修正的问题（{safeTotal} 处）
              </button>
            )}
          </div>
          {groups.map((g) => (
            <RuleGroupView
              key={g.rule}
              group={g}
              open={isOpen(g)}
              onToggle={() => setToggled((m) => new Map(m).set(g.rule, !isOpen(g)))}
              onJump={onJump}
              onFix={onFix}
              onFixRule={() => onFixSafe(g.rule)}
            />
          ))}
        </>
      )}
    </section>
  )
}

interface GroupProps {
  group: RuleGroup
  open: boolean
  onToggle(): void
  onJump(f: Finding): void
  onFix(fix: Fix): void
  onFixRule(): void
}

function RuleGroupView({ group, open, onToggle, onJump, onFix, onFixRule }: GroupProps) {
  const [shown, setShown] = useState(PAGE)
  const n = group.findings.length
  const name = `${group.title} ${n} 处`
  return (
    <section className={`rule-group ${group.severity}`} aria-label={name}>
      <div className="rule-group-head">
        <button type="button" className="rule-group-toggle" aria-expanded={open} onClick={onToggle}>
          <span className="chevron" aria-hidden="true">
            {open ? '▾' : '▸'}
          </span>
          <span className={`severity-tag ${group.severity}`}>{SEVERITY_LABEL[group.severity]}</span>
          <span className="rule-group-title">{group.title}</span>
          <span className="rule-group-count">{n} 处</span>
          <span className="finding-rule">{group.rule}</span>
        </button>
        {group.safeFixes > 0 && (
          <button
            type="button"
            className="fix fix-rule"
            onClick={onFixRule}
            title={SAFE_HINT}
            aria-label={`${group.title}：全部改正（${group.safeFixes} 处）`}
          >
            全部改正（{group.safeFixes} 处）
          </button>
        )}
      </div>
      {open && (
        <ul>
          {group.findings.slice(0, shown).map((f, i) => (
            <li key={i} className={`finding ${f.severity}`}>
              <button type="button" className="finding-jump" onClick={() => onJump(f)}>
                {f.severity !== group.severity && <span className={`severity-tag ${f.severity}`}>{SEVERITY_LABEL[f.severity]}</span>}
                {f.message}
              </button>
              {[...(f.fix ? [f.fix] : []), ...(f.suggestions ?? [])].map((fix, k) => (
                <button key={k} type="button" className="fix" onClick={() => onFix(fix)}>
                  {fix.label || '修复'}
                </button>
              ))}
            </li>
          ))}
        </ul>
      )}
      {open && shown < n && (
        <button type="button" className="show-more" onClick={() => setShown((s) => s + PAGE)}>
          再显示 {Math.min(PAGE, n - shown)} 条（已显示 {shown} 条，共 {n} 条）
        </button>
      )}
    </section>
  )
}
