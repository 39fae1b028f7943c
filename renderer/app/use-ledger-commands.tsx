/** 编辑界面中的整改台账命令：导入台账（并入当前通报，或另开一份新通报）与导出台账。 */
import { useCallback, useState } from 'react'
import type { MenuCommand, PickedFile, TongbaoHost } from '../../core/bridge/host'
import { formatMessage } from '../../core/messages/format'
import type { Notice } from '../../core/model'
import type { Finding } from '../../core/rules/types'
import type { DocumentStore } from '../document/store'
import { exportLedgerFile, LedgerImportDialog } from '../panels/ledger-import-dialog'

interface Options {
  store: DocumentStore
  host: TongbaoHost
  notice: Notice
  reportError(error: string): void
  /** 由台账导入的新通报（不并入当前通报时）。 */
  onNewNotice(notice: Notice, findings: Finding[]): void
}

export function useLedgerCommands({ store, host, notice, reportError, onNewNotice }: Options) {
  /** 选好的整改台账（导入台账对话框打开着） */
  const [ledgerFile, setLedgerFile] = useState<PickedFile | null>(null)
  /** 处理了台账命令时返回 true。 */
  const ledgerCommand = useCallback(
    (c: MenuCommand): boolean => {
      if (c === 'import-ledger') {
        store.flush()
        void host.pickFile('ledger').then(
          (r) => (r.ok ? setLedgerFile(r.file) : reportError(formatMessage(r))),
          () => setLedgerFile(null),
        )
        return true
      }
      if (c === 'export-ledger') {
        void exportLedgerFile(host, store.flush()).then((error) => error && reportError(error))
        return true
      }
      return false
    },
    [host, store, reportError],
  )
  const ledgerDialog = ledgerFile && (
    <LedgerImportDialog
      file={ledgerFile}
      current={notice}
      onNew={(n, f) => {
        setLedgerFile(null)
        onNewNotice(n, f)
      }}
      onMerge={(n) => {
        setLedgerFile(null)
        // 并入台账是一个用户动作：一步撤销。
        store.update(() => n)
      }}
      onClose={() => setLedgerFile(null)}
    />
  )
  return { ledgerCommand, ledgerDialog }
}
