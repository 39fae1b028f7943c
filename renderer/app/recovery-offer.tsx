/**
 * 直接打开文件启动（双击 .tongbao、命令行、文件关联）时不经过开始页，开始页上的“恢复未保存的文档”就没机会出现；
 * 这时在编辑界面顶上提一句，可恢复、丢弃或以后再说（副本仍留在开始页上）。
 */
import type { RecoveryItem } from '../../core/bridge/host'
import { dayAndClock } from './format-time'

interface Props {
  items: RecoveryItem[]
  /** 当前打开的文件路径：同一文件的副本特别标出（多半正是用户想要的那份）。 */
  currentPath: string | null
  onRestore(id: string): void
  onDiscard(id: string): void
  onDismiss(): void
}

export function RecoveryOffer({ items, currentPath, onRestore, onDiscard, onDismiss }: Props) {
  if (items.length === 0) return null
  return (
    <section className="recovery-offer" aria-label="恢复未保存的文档">
      <p>上次关闭前有未保存的修改，已自动保存了以下副本：</p>
      <ul>
        {items.map((r) => (
          <li key={r.id}>
            <span className="recovery-title">{r.title}</span>
            {currentPath !== null && r.documentPath === currentPath && <strong>（即当前打开的文件，副本比文件新）</strong>}
            <span className="muted">自动保存于 {dayAndClock(r.savedAt)}</span>
            <button type="button" className="primary" onClick={() => onRestore(r.id)} aria-label={`恢复：${r.title}`}>
              恢复
            </button>
            <button type="button" onClick={() => onDiscard(r.id)} aria-label={`丢弃：${r.title}`}>
              丢弃
            </button>
          </li>
        ))}
      </ul>
      <button type="button" onClick={onDismiss}>
        以后再说
      </button>
    </section>
  )
}
