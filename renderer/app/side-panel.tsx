/**
 * 编辑界面右侧：“信息”与“检查”两个标签页。
 * 检查中点到信息面板的字段（发文机关、日期、联系方式……）时不离开检查：表单在检查列表上方展开、字段获得焦点，
 * 改完接着处理下一条（issue #10 第 7 点）；“收起表单”或切换标签页后恢复原样。
 */
import { useDeferredValue, useEffect, useRef, useState } from 'react'
import type { Path } from '../../core/model'
import type { Finding } from '../../core/rules/types'
import { useDocumentStore, useFindings, useFindingTally } from '../document/use-document'
import { CheckPanel } from '../panels/check-panel'
import { InfoPanel } from '../panels/info-panel'
import { TallyBadges } from '../panels/tally-badges'
import { jumpToField, resolvePath } from './jump'

export type SideTab = 'info' | 'check'

export function SidePanel({ tab, onTab, onJump }: { tab: SideTab; onTab(t: SideTab): void; onJump(f: Finding): void }) {
  const store = useDocumentStore()
  // 打开通报时先画出纸面：表单（几十个输入框）和检查列表随后在后台画出（React 分片进行，让给绘制与输入）。
  // 冷启动时打开最大样例，纸面早约 40 ms 画出（issue #15 的备注）。
  const shown = useDeferredValue(true, false)
  const findings = useFindings()
  const tally = useFindingTally()
  /** 检查页上方展开着的表单（点了一条表单字段的问题之后） */
  const [formBeside, setFormBeside] = useState(false)
  // 要聚焦的字段：表单先画出来，重绘后再聚焦。
  const pendingField = useRef<Path | null>(null)
  useEffect(() => {
    if (pendingField.current && jumpToField(pendingField.current)) pendingField.current = null
  })
  const jump = (f: Finding) => {
    const target = resolvePath(store.flush(), store.editors, f.location.path)
    if (target.kind !== 'field') return onJump(f)
    pendingField.current = target.path
    if (formBeside && jumpToField(target.path)) pendingField.current = null
    setFormBeside(true)
  }
  // 切到“信息”页（点标签、快捷键）后，回到检查时不再带着表单（渲染时按上一次的标签页调整，不用 effect）
  const [shownTab, setShownTab] = useState(tab)
  if (tab !== shownTab) {
    setShownTab(tab)
    if (tab === 'info') setFormBeside(false)
  }
  const check = (
    <CheckPanel findings={findings} onJump={jump} onFix={(fix) => store.applyFix(fix)} onFixSafe={(rule) => store.fixSafe(rule)} />
  )
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
        {!shown ? null : tab === 'info' ? (
          <InfoPanel />
        ) : formBeside ? (
          <div className="side-split">
            <div className="side-split-form">
              <div className="side-split-bar">
                <span>在表单中改正，检查结果随之更新</span>
                <button type="button" onClick={() => setFormBeside(false)}>
                  收起表单
                </button>
              </div>
              <InfoPanel />
            </div>
            <div className="side-split-check">{check}</div>
          </div>
        ) : (
          check
        )}
      </div>
    </aside>
  )
}
