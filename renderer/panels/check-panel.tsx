/** 检查面板：规则给出的问题按 错误/警告/提示 分组；点击跳到位置，有修复时一键修复。 */
import type { Finding, Fix, Severity } from '../../core/rules/types'
import { SEVERITY_LABEL } from '../../core/rules/types'

interface Props {
  /** null：规则运行出错，暂时无法检查 */
  findings: Finding[] | null
  onJump(f: Finding): void
  onFix(fix: Fix): void
}

const ORDER: Severity[] = ['error', 'warning', 'info']

export function CheckPanel({ findings, onJump, onFix }: Props) {
  return (
    <section className="panel check" aria-label="检查">
      <h2 className="panel-title">检查</h2>
      {findings === null ? (
        <p className="field-error">检查规则运行出错，暂时无法检查。请保存后重新打开；如仍出错，请联系技术支持。</p>
      ) : findings.length === 0 ? (
        <p className="all-clear">未发现问题。</p>
      ) : (
        ORDER.map((sev) => {
          const group = findings.filter((f) => f.severity === sev)
          if (group.length === 0) return null
          return (
            <section key={sev} className={`finding-group ${sev}`} aria-label={`${SEVERITY_LABEL[sev]}（${group.length}）`}>
              <h3>
                {SEVERITY_LABEL[sev]}（{group.length}）
              </h3>
              <ul>
                {group.map((f, i) => (
                  <li key={`${f.rule}-${i}`} className="finding">
                    <button type="button" className="finding-jump" onClick={() => onJump(f)}>
                      <span className="finding-rule">{f.rule}</span> {f.message}
                    </button>
                    {[...(f.fix ? [f.fix] : []), ...(f.suggestions ?? [])].map((fix, k) => (
                        <button key={k} type="button" className="fix" onClick={() => onFix(fix)}>
                          {fix.label || '修复'}
                        </button>
                      ))}
                  </li>
                ))}
              </ul>
            </section>
          )
        })
      )}
    </section>
  )
}
