/** 应用外壳：开始页与编辑界面之间的切换，文件命令（新建、打开、导入、续报、新一轮、恢复），快捷键与菜单命令。 */
import { useCallback, useEffect, useRef, useState } from 'react'
import type { MenuCommand, PickedFile } from '../../core/bridge/host'
import { formatMessage } from '../../core/messages/format'
import type { Notice } from '../../core/model'
import type { NextRoundMode } from '../../core/next-round/start-next-round'
import type { Finding } from '../../core/rules/types'
import { createNotice } from '../../core/template/new-notice'
import { host } from '../host/host'
import { ImportProgress } from '../import/import-progress'
import { LedgerImportDialog } from '../panels/ledger-import-dialog'
import { CarryOverBanner } from './carry-over-banner'
import { DocumentScreen } from './document-screen'
import { MessageBanner } from './message-banner'
import { NewRoundChoice } from './new-round-choice'
import { describeError } from './open-file'
import { RecoveryOffer } from './recovery-offer'
import { useShortcuts } from './shortcuts'
import { StartScreen } from './start-screen'
import { useSession } from './use-session'

const FILE_COMMANDS: MenuCommand[] = ['new-xunshi', 'new-xuncha', 'open', 'start-follow-up', 'start-new-round', 'import']
/** 从上一份通报开始的两种方式 */
const START_MODE: Partial<Record<MenuCommand, NextRoundMode>> = { 'start-follow-up': 'follow-up', 'start-new-round': 'new-round' }

export function App() {
  const { session, message, setMessage, carried, setCarried, choice, setChoice, offer, setOffer, begin, mayLeave, start, openFile, openRecent, restore, goHome, onDirtyChange } =
    useSession()
  const docCommand = useRef<((c: MenuCommand) => boolean) | null>(null)
  /** 开始页上的“导入整改台账”（打开了通报时由编辑界面处理，可以并入）。 */
  const [ledgerFile, setLedgerFile] = useState<PickedFile | null>(null)

  const fileCommand = useCallback(
    async (c: MenuCommand) => {
      if (!mayLeave()) return
      try {
        switch (c) {
          case 'new-xunshi':
            return begin(createNotice('巡视'))
          case 'new-xuncha':
            return begin(createNotice('巡察'))
          case 'open':
          case 'import':
          case 'start-follow-up':
          case 'start-new-round': {
            const picked = await host.pickFile(c === 'open' ? 'open' : c === 'import' ? 'import' : 'previous-round')
            if (!picked.ok) return setMessage(formatMessage(picked))
            if (picked.file) await openFile(picked.file, START_MODE[c] ?? null)
            return
          }
        }
      } catch (e) {
        setMessage(describeError(e, '所选文件'))
      }
    },
    [begin, openFile, mayLeave, setMessage],
  )

  const command = useCallback(
    (c: MenuCommand) => {
      if (c === 'import-ledger' && !docCommand.current?.(c)) {
        return void host.pickFile('ledger').then((r) => (r.ok ? setLedgerFile(r.file) : setMessage(formatMessage(r))), (e: unknown) => setMessage(describeError(e, '所选文件')))
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
      onCancel={() => setChoice(null)}
      onChoose={(keepAspects) => {
        setChoice(null)
        void start(choice.previous, 'new-round', keepAspects, choice.name)
      }}
    />
  )
  const ledgerNotice = (notice: Notice, findings: Finding[]) => {
    setLedgerFile(null)
    if (mayLeave()) begin(notice, { dirty: true, importFindings: findings })
  }

  if (!session)
    return (
      <>
        <StartScreen host={host} message={message} onCommand={command} onOpenRecent={(p) => void openRecent(p)} onRestore={(id) => void restore(id)} />
        {choiceDialog}
        <ImportProgress />
        {ledgerFile && <LedgerImportDialog file={ledgerFile} current={null} onNew={ledgerNotice} onMerge={() => setLedgerFile(null)} onClose={() => setLedgerFile(null)} />}
      </>
    )
  return (
    <>
      {choiceDialog}
      <ImportProgress />
      {message && <MessageBanner message={message} onClose={() => setMessage(null)} />}
      {carried && <CarryOverBanner carried={carried} onClose={() => setCarried(null)} />}
      <RecoveryOffer
        items={offer}
        currentPath={session.ref?.path ?? null}
        onRestore={(id) => {
          if (mayLeave()) void restore(id)
        }}
        onDiscard={(id) => {
          void host.discardRecovery(id).then((r) => {
            if (r.ok) setOffer((o) => o.filter((x) => x.id !== id))
            else setMessage(formatMessage(r))
          })
        }}
        onDismiss={() => setOffer([])}
      />
      <DocumentScreen key={session.docKey} session={session} host={host} commandRef={docCommand} onFileCommand={command} onHome={goHome} onDirtyChange={onDirtyChange} onNewNotice={ledgerNotice} />
    </>
  )
}
