/** “导入审阅稿”命令（#18）：在用户的点击里选 .docx，选好后打开改动清单；合并是一步可撤销的修改。 */
import { useCallback, useState } from 'react'
import type { MenuCommand, PickedFile, TongbaoHost } from '../../core/bridge/host'
import { formatMessage } from '../../core/messages/format'
import type { Notice } from '../../core/model'
import type { Finding } from '../../core/rules/types'
import type { DocumentStore } from '../document/store'

export type ReviewModule = typeof import('../../core/review/index')

interface Options {
  store: DocumentStore
  host: TongbaoHost
  reportError(message: string): void
}

export function useReviewImport({ store, host, reportError }: Options) {
  /** 选好的审阅稿，连同选它时的通报（改动清单对照的就是它）和按需载入的合并模块 */
  const [picked, setPicked] = useState<{ file: PickedFile; notice: Notice; review: ReviewModule } | null>(null)
  const command = useCallback(
    (c: MenuCommand): boolean => {
      if (c !== 'import-review') return false
      store.flush()
      void host
        .pickFile('review')
        .then(
          async (r) => {
            if (!r.ok) return reportError(formatMessage(r))
            if (!r.file) return setPicked(null)
            // 读 .docx 要用 htmlparser2 与导出的段落样式（docx）：第一次导入审阅稿时才载入。
            const review = await import('../../core/review/index')
            setPicked({ file: r.file, notice: store.flush(), review })
          },
          () => setPicked(null),
        )
        .catch(() => reportError(formatMessage({ code: 'host.internal' })))
      return true
    },
    [host, store, reportError],
  )
  const merge = (merged: Notice, comments: Finding[], skipped: number) => {
    setPicked(null)
    store.mergeReview(merged, comments)
    if (skipped) reportError(formatMessage({ code: 'review.skipped', params: { count: skipped } }))
  }
  return { picked, command, merge, close: () => setPicked(null) }
}
