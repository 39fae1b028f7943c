/**
 * 导入进行中的提示条：文件名、进行到哪一步、已用时间，和“取消”。导入在 Worker 里运行，界面照常可用。
 * 导入之后，大文档的编辑界面还要在后台渲染一会儿（见 app/use-session.ts 的 begin）：opening 时同一处提示“正在排版文档”，
 * “取消”则留在原来的文档上。
 */
import { useEffect, useState, useSyncExternalStore } from 'react'
import type { ImportStage } from '../../core/import'
import { importJob } from './import-job'

const STAGE_LABEL: Record<ImportStage, string> = {
  unzip: '正在解压 Word 文件',
  convert: '正在读取 Word 内容',
  parse: '正在识别通报结构',
}

export function ImportProgress({ opening, onCancelOpening }: { opening: boolean; onCancelOpening: () => void }) {
  const job = useSyncExternalStore(importJob.subscribe, importJob.getSnapshot)
  const [now, setNow] = useState(() => performance.now())
  useEffect(() => {
    if (!job) return
    const timer = window.setInterval(() => setNow(performance.now()), 500)
    return () => window.clearInterval(timer)
  }, [job])
  if (!job)
    return opening ? (
      // 小一点的文档一眨眼就排好：0.3 秒后还没好才显出来（app.css），不一闪而过
      <div className="import-progress opening" role="status" aria-label="正在打开">
        <span className="import-progress-text">正在排版文档…</span>
        <progress aria-label="排版进度条" />
        <button type="button" onClick={onCancelOpening}>
          取消
        </button>
      </div>
    ) : null
  const seconds = Math.max(0, Math.floor((now - job.startedAt) / 1000))
  return (
    <div className="import-progress" role="status" aria-label="导入进度">
      <span className="import-progress-text">
        正在打开“{job.name}”：{job.stage ? STAGE_LABEL[job.stage] : '正在准备'}…{seconds > 0 ? `（${seconds} 秒）` : ''}
      </span>
      <progress aria-label="导入进度条" />
      <button type="button" onClick={() => job.cancel()}>
        取消
      </button>
    </div>
  )
}
