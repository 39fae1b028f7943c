/** 编辑界面右侧：“信息”与“检查”两个标签页。 */
import type { Finding } from '../../core/rules/types'
import { useDocumentStore, useFindings, useFindingTally } from '../document/use-document'
import { CheckPanel } from '../panels/check-panel'
import { InfoPanel } from '../panels/info-panel'
import { TallyBadges } from '../panels/tally-badges'

export type SideTab = 'info' | 'check'

export function SidePanel({ tab, onTab, onJump }: { tab: SideTab; onTab(t: SideTab): void; onJump(f: Finding): void }) {
  const store = useDocumentStore()
  const findings = useFindings()
  const tally = useFindingTally()
  return (
    <aside className="side" aria-label="信息与检查">
      <div className="tabs" role="tablist" aria-label="侧栏">
        {(['info', 'check'] as const).map((t) => (
          <button
            key={t}
            type="button"
            role="tab"
            id={`tab-${t}`}
            aria-controls="side-panel"
            aria-selected={tab === t}
            onClick={() => onTab(t)}
          >
            {t === 'info' ? '信息' : '检查'}
            {t === 'check' && tally && (
              <>
                {' '}
                <TallyBadges tally={tally} compact />
              </>
            )}
          </button>
        ))}
      </div>
      <div id="side-panel" role="tabpanel" aria-labelledby={tab === 'info' ? 'tab-info' : 'tab-check'} className="side-panel">
        {tab === 'info' ? (
          <InfoPanel />
        ) : (
          <CheckPanel findings={findings} onJump={onJump} onFix={(fix) => store.applyFix(fix)} onFixSafe={(rule) => store.fixSafe(rule)} />
        )}
      </div>
    </aside>
  )
}
