/** 应用外壳：开始页与编辑界面之间的切换，文件命令（新建、打开、导入、续报、新一轮、恢复），快捷键与菜单命令。 */
import { useCallback, useEffect, useRef, useState } from 'react'
import type { MenuCommand, PickedFile, RecoveryItem } from '../../core/bridge/host'
import type { Notice } from '../../core/model'
import type { Finding } from '../../core/rules/types'
import { createNotice } from '../../core/template/new-notice'
import { formatMessage } from '../../core/messages/format'
import { host } from '../host/host'
import { importInWorker } from '../import/import-job'
import { ImportProgress } from '../import/import-progress'
import { DocumentScreen, type Session } from './document-screen'
import { LedgerImportDialog } from '../panels/ledger-import-dialog'
import { describeError, type OpenedNotice, openPicked } from './open-file'
import type { NextRoundMode } from '../../core/next-round/start-next-round'
import { CarryOverBanner, type CarryOver } from './carry-over-banner'
import { nextRound } from './core-services'
import { NewRoundChoice } from './new-round-choice'
import { RecoveryOffer } from './recovery-offer'
import { useShortcuts } from './shortcuts'
import { StartScreen } from './start-screen'

const newKey = () => crypto.randomUUID()
const FILE_COMMANDS: MenuCommand[] = ['new-xunshi', 'new-xuncha', 'open', 'start-follow-up', 'start-new-round', 'import']
/** 从上一份通报开始的两种方式 */
const START_MODE: Partial<Record<MenuCommand, NextRoundMode>> = { 'start-follow-up': 'follow-up', 'start-new-round': 'new-round' }

export function App() {
  const [session, setSession] = useState<Session | null>(null)
  const [message, setMessage] = useState<string | null>(null)
  const [carried, setCarried] = useState<CarryOver | null>(null)
  const [choice, setChoice] = useState<{ previous: Notice; aspects: string[]; name: string } | null>(null)
  const dirty = useRef(false)
  const docCommand = useRef<((c: MenuCommand) => boolean) | null>(null)
  /** 直接打开文件启动时要提示的恢复副本（见 recovery-offer.tsx） */
  const [offer, setOffer] = useState<RecoveryItem[]>([])
  /** 开始页上的“导入整改台账”（打开了通报时由编辑界面处理，可以并入）。 */
  const [ledgerFile, setLedgerFile] = useState<PickedFile | null>(null)

  const begin = useCallback((notice: Notice, opened: Partial<Session> = {}) => {
    dirty.current = opened.dirty ?? false
    setMessage(null)
    setCarried(null)
    setSession({ docKey: opened.docKey ?? newKey(), ref: opened.ref ?? null, notice, importFindings: opened.importFindings ?? [], dirty: opened.dirty ?? false, project: opened.project })
  }, [])

  const mayLeave = () => !dirty.current || window.confirm('当前通报有未保存的修改（已自动保存，可在开始页恢复）。仍要继续吗？')

  const start = useCallback(
    async (previous: Notice, mode: NextRoundMode, keepAspects: boolean, name: string) => {
      try {
        const next = await nextRound(previous, mode, { keepAspects })
        begin(next.notice, { dirty: true })
        setCarried({ mode: next.mode, summary: next.summary })
      } catch {
        setMessage(`无法从“${name}”开始：这份通报的内容不完整。`)
      }
    },
    [begin],
  )

  const openFile = useCallback(
    async (file: PickedFile, startMode: NextRoundMode | null) => {
      const outcome = await openPicked(file)
      if (outcome.kind === 'cancelled') return
      if (outcome.kind === 'error') return setMessage(outcome.message)
      const opened: OpenedNotice = outcome.opened
      if (!startMode) return begin(opened.notice, { ref: opened.ref, importFindings: opened.findings, dirty: opened.ref === null, project: opened.project })
      const aspects = opened.notice.rectification.items.filter((i) => i.role === 'aspect').map((i) => i.title)
      // 新一轮：上一轮分了方面时，先问要不要留方面标题（见 new-round-choice.tsx）
      if (startMode === 'new-round' && aspects.length > 0) return setChoice({ previous: opened.notice, aspects, name: file.ref.name })
      await start(opened.notice, startMode, false, file.ref.name)
    },
    [begin, start],
  )

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
    // eslint 风格：mayLeave 读 ref，不需要做依赖
    [begin, openFile],
  )

  const command = useCallback(
    (c: MenuCommand) => {
      if (c === 'import-ledger' && !docCommand.current?.(c)) {
        return void host.pickFile('ledger').then((r) => (r.ok ? setLedgerFile(r.file) : setMessage(formatMessage(r))), (e: unknown) => setMessage(describeError(e, '所选文件')))
      }
      if (FILE_COMMANDS.includes(c)) return void fileCommand(c)
      docCommand.current?.(c)
    },
    [fileCommand],
  )

  const openRecent = async (path: string) => {
    const read = await host.readRecent(path)
    if (!read.ok) return setMessage(formatMessage(read))
    await openFile(read.file, null)
  }

  const restore = async (id: string) => {
    setOffer([])
    try {
      const items = await host.listRecovery()
      const item = items.find((r) => r.id === id)
      const restored = await host.restoreRecovery(id)
      if (!restored.ok) return setMessage(formatMessage(restored))
      // 与打开工程文件一样在 Worker 里解析与校验。
      const outcome = await importInWorker('恢复副本.tongbao', new TextEncoder().encode(restored.text))
      if (outcome.kind === 'cancelled') return
      const notice = outcome.result.notice
      const path = item?.documentPath ?? null
      begin(notice, { docKey: id, dirty: true, ref: path ? { path, name: path.split(/[\\/:]/).pop() ?? path } : null, project: outcome.result.project })
    } catch (e) {
      setMessage(describeError(e, '恢复副本'))
    }
  }

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
  }, [openFile])

  const goHome = () => {
    if (!mayLeave()) return
    dirty.current = false
    setMessage(null)
    setCarried(null)
    setOffer([])
    setSession(null)
    host.setCurrentDocument(null)
  }

  const onDirtyChange = useCallback((d: boolean) => {
    dirty.current = d
  }, [])

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
      {message && (
        <div className="banner" role="alert">
          {message}
          <button type="button" onClick={() => setMessage(null)} aria-label="关闭提示">
            ×
          </button>
        </div>
      )}
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
