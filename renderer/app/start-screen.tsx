/** 开始页：新建（巡视/巡察）、打开、续报、新一轮、导入、导入整改台账、最近文件、恢复未保存的文档。 */
import { useEffect, useState } from 'react'
import type { MenuCommand, RecentFile, RecoveryItem, TongbaoHost } from '../../core/bridge/host'
import { dayAndClock as day } from './format-time'
import { StartFromPrevious } from './start-from-previous'

interface Props {
  host: TongbaoHost
  message: string | null
  onCommand(c: MenuCommand): void
  onOpenRecent(path: string): void
  onRestore(id: string): void
}

export function StartScreen({ host, message, onCommand, onOpenRecent, onRestore }: Props) {
  const [recent, setRecent] = useState<RecentFile[]>([])
  const [recovery, setRecovery] = useState<RecoveryItem[]>([])
  useEffect(() => {
    void host.recentFiles().then(setRecent, () => setRecent([]))
    void host.listRecovery().then(setRecovery, () => setRecovery([]))
  }, [host])
  const discard = async (id: string) => {
    const result = await host.discardRecovery(id)
    if (result.ok) setRecovery((r) => r.filter((x) => x.id !== id))
  }
  return (
    <main className="start" aria-label="开始">
      <h1>整改通报编辑器</h1>
      <p className="subtitle">巡视、巡察整改进展情况通报的编写、检查与导出</p>
      {message && (
        <p className="start-message" role="alert">
          {message}
        </p>
      )}
      {recovery.length > 0 && (
        <section className="recovery" aria-label="恢复未保存的文档">
          <h2>恢复未保存的文档</h2>
          <p className="muted">上次关闭前有未保存的修改，已自动保存了以下副本。</p>
          <ul>
            {recovery.map((r) => (
              <li key={r.id}>
                <span className="recovery-title">{r.title}</span>
                <span className="muted">自动保存于 {day(r.savedAt)}</span>
                <button type="button" className="primary" onClick={() => onRestore(r.id)} aria-label={`恢复：${r.title}`}>
                  恢复
                </button>
                <button type="button" onClick={() => void discard(r.id)} aria-label={`丢弃：${r.title}`}>
                  丢弃
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
      <section className="start-actions" aria-label="新建与打开">
        <button type="button" className="big primary" onClick={() => onCommand('new-xunshi')}>
          新建巡视整改通报
        </button>
        <button type="button" className="big primary" onClick={() => onCommand('new-xuncha')}>
          新建巡察整改通报
        </button>
        <button type="button" className="big" onClick={() => onCommand('open')}>
          打开…
        </button>
        <StartFromPrevious onCommand={onCommand} />
        <button type="button" className="big" onClick={() => onCommand('import')}>
          导入 Word / 文本 / 网页…
        </button>
        <button type="button" className="big" onClick={() => onCommand('import-ledger')}>
          导入整改台账（Excel）…
        </button>
      </section>
      <section className="recent" aria-label="最近打开">
        <h2>最近打开</h2>
        {recent.length === 0 ? (
          <p className="muted">（暂无）</p>
        ) : (
          <ul>
            {recent.map((r) => (
              <li key={r.path}>
                <button type="button" className="link" onClick={() => onOpenRecent(r.path)} title={r.path}>
                  {r.name}
                </button>
                <span className="muted">{day(r.openedAt)}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <p className="muted foot">按 F1 查看帮助。所有内容只保存在本机，不联网。</p>
    </main>
  )
}
