/** 状态栏：字数、条目数、整改进度、检查结果数、保存状态。 */
import { useMemo } from 'react'
import { progress } from '../../core/derive/progress'
import { characterCount } from '../../core/derive/character-count'
import { Item, type Notice } from '../../core/model'
import { tallyLabel } from '../../core/rules/tally'
import { useFindingTally } from '../document/use-document'
import { TallyBadges } from '../panels/tally-badges'
import { clock } from './format-time'

export interface SaveState {
  dirty: boolean
  savedAt: string | null
  autosavedAt: string | null
  error: string | null
}

/** 检查结果的数字与检查标签页读同一个推导（useFindingTally → core/rules/tally）。 */
export function StatusBar({ notice, save, onOpenCheck }: { notice: Notice; save: SaveState; onOpenCheck(): void }) {
  const tally = useFindingTally()
  // 只在通报变了时重数（保存状态变化也会重绘状态栏）
  const { chars, items, p } = useMemo(
    () => ({ chars: characterCount(notice), items: [...Item.all(notice)].length, p: progress(notice) }),
    [notice],
  )
  const saveText = save.error
    ? save.error
    : save.dirty
      ? save.autosavedAt
        ? `已自动保存 ${clock(save.autosavedAt)}`
        : '有未保存的修改'
      : save.savedAt
        ? `已保存 ${clock(save.savedAt)}`
        : '未修改'
  return (
    <footer className="status-bar" aria-label="状态栏">
      <span>字数 {chars}</span>
      <span>条目 {items}</span>
      <span>
        进度 {p.done}/{p.statusItems}
        {p.pending ? `（待确认 ${p.pending}）` : ''}
      </span>
      <button
        type="button"
        className="status-check"
        onClick={onOpenCheck}
        title={tally === null ? '暂时无法检查' : tally === undefined ? '正在检查' : tallyLabel(tally)}
      >
        检查 {tally === null ? '暂时无法检查' : tally === undefined ? '正在检查…' : <TallyBadges tally={tally} />}
      </button>
      <span className={`save-state${save.error ? ' error' : ''}`} role="status" aria-live="polite">
        {saveText}
      </span>
    </footer>
  )
}
