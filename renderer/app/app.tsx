/** 应用外壳：开始页与编辑界面之间的切换，文件命令（新建、打开、导入、续报、新一轮、恢复），快捷键与菜单命令。 */
import { useCallback, useEffect, useRef, useState } from 'react'
import type { MenuCommand, PickedFile } from '../../core/bridge/host'
import { formatMessage } from '../../core/messages/format'
import type { Notice } from '../../core/model'
import type { Finding } from '../../core/rules/types'
import { host } from '../host/host'
import { ImportProgress } from '../import/import-progress'
import { LedgerImportDialog } from '../panels/ledger-import-dialog'
import { CarryOverBanner } from './carry-over-banner'
import { DocumentScreen } from './document-screen'
import { MessageBanner } from './message-banner'
import { SaveNameDialog } from '../panels/save-name-dialog'
import { NewRoundChoice } from './new-round-choice'
import { describeError } from './open-file'
import { RecoveryOffer } from './recovery-offer'
import { useShortcuts } from './shortcuts'
import { StartScreen } from './start-screen'
import { FILE_COMMANDS, useSession } from './use-session'

export function App() {
  const s = useSession()
  const { choice, fileCommand, openFile, setMessage, setOffer } = s
  const docCommand = useRef<((c: MenuCommand) => boolean) | null>(null)
  /** 开始页上的“导入整改台账”（打开了通报时由编辑界面处理，可以并入）。 */
  const [ledgerFile, setLedgerFile] = useState<PickedFile | null>(null)

  const command = useCallback(
    (c: MenuCommand) => {
      if (c === 'import-ledger' && !docCommand.current?.(c)) {
        return void host.pickFile('ledger').then(
          (r) => (r.ok ? setLedgerFile(r.file) : setMessage(formatMessage(r))),
          (e: unknown) => setMessage(describeError(e, '所选文件')),
        )
      }
      if (FILE_COMMANDS.includes(c)) return void fileCommand(c)
      docCommand.current?.(c)
    },
    [fileCommand, setMessage],
  )

  useEffect(() => host.onMenuCommand(command), [command])

  useShortcuts(host.platform, command)

  useEffect(() => {
    void host
      .initialFile?.()
      .then(async (f) => {
        if (!f) return
        await openFile(f, null)
        setOffer(await host.listRecovery().catch(() => []))
      })
      .catch(() => undefined)
  }, [openFile, setOffer])

  const choiceDialog = choice && (
    <NewRoundChoice
      aspects={choice.aspects}
      onCancel={() => s.setChoice(null)}
      onChoose={(keepAspects) => {
        s.setChoice(null)
        void s.start(choice.previous, 'new-round', keepAspects, choice.name)
      }}
    />
  )
  const ledgerNotice = (notice: Notice, findings: Finding[]) => {
    setLedgerFile(null)
    if (s.mayLeave()) s.begin(notice, { dirty: true, importFindings: findings })
  }

  if (!s.session)
    return (
      <>
        <StartScreen
          host={host}
          message={s.message}
          onCommand={command}
          onOpenRecent={(p) => void s.openRecent(p)}
          onRestore={(id) => void s.restore(id)}
        />
        {choiceDialog}
        <ImportProgress opening={s.opening} onCancelOpening={s.cancelOpening} />
        {ledgerFile && (
          <LedgerImportDialog
            file={ledgerFile}
            current={null}
            onNew={ledgerNotice}
            onMerge={() => setLedgerFile(null)}
            onClose={() => setLedgerFile(null)}
          />
        )}
      </>
    )
  return (
    <>
      {choiceDialog}
      <ImportProgress opening={s.opening} onCancelOpening={s.cancelOpening} />
      <SaveNameDialog />
      {s.message && <MessageBanner message={s.message} onClose={() => setMessage(null)} />}
      {s.carried && <CarryOverBanner carried={s.carried} onClose={() => s.setCarried(null)} />}
      <RecoveryOffer
        items={s.offer}
        currentPath={s.session.ref?.path ?? null}
        onRestore={(id) => {
          if (s.mayLeave()) void s.restore(id)
        }}
        onDiscard={(id) => {
          void host.discardRecovery(id).then((r) => {
            if (r.ok) setOffer((o) => o.filter((x) => x.id !== id))
            else setMessage(formatMessage(r))
          })
        }}
        onDismiss={() => setOffer([])}
      />
      <DocumentScreen
        key={s.session.docKey}
        session={s.session}
        host={host}
        commandRef={docCommand}
        onFileCommand={command}
        onHome={s.goHome}
        onDirtyChange={s.onDirtyChange}
        onNewNotice={ledgerNotice}
      />
    </>
  )
}
