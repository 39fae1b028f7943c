/** 状态栏：字数、条目数、整改进度、检查结果数、保存状态。 */
import { useMemo } from 'react'
import { progress, type ProgressMemo } from '../../core/derive/progress'
import { characterCount } from '../../core/derive/character-count'
import { Item, type Notice } from '../../core/model'
import { SECTION_KEYS } from '../../core/model/item'
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

// 状态栏在每次同步后重数；store 里的通报不可变地修改，没动的子树原样共享，按数组对象缓存的数只重数改动处（五十万字时整篇数一遍要十几毫秒）。
const totalMemo = new WeakMap<Item[], number>()
const progressMemo: ProgressMemo = new WeakMap()

/** 检查结果的数字与检查标签页读同一个推导（useFindingTally → core/rules/tally）。 */
export function StatusBar({ notice, save, onOpenCheck }: { notice: Notice; save: SaveState; onOpenCheck(): void }) {
  const tally = useFindingTally()
  // 只在通报变了时重数（保存状态变化也会重绘状态栏）
  const { chars, items, p } = useMemo(
    () => ({
      chars: characterCount(notice),
      items: SECTION_KEYS.reduce((n, key) => n + Item.total(notice[key].items, totalMemo), 0),
      p: progress(notice, progressMemo),
    }),
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
