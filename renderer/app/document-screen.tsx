/** 编辑界面的布局：工具栏、大纲、纸面、信息/检查侧栏、状态栏和对话框；文档状态全在 DocumentStore 里。 */
import { useCallback, useEffect, useRef, useState } from 'react'
import { ReactEditor } from 'slate-react'
import type { MenuCommand, PickedFile, TongbaoHost } from '../../core/bridge/host'
import { noticeTitle } from '../../core/derive/title'
import { formatMessage } from '../../core/messages/format'
import type { Notice, Path } from '../../core/model'
import type { Finding } from '../../core/rules/types'
import { DocumentStore } from '../document/store'
import { DocumentContext, useFindings, useNotice } from '../document/use-document'
import type { StructureAction } from '../editor/commands'
import { ExportDialog } from '../panels/export-dialog'
import { HelpDialog } from '../panels/help-dialog'
import { exportLedgerFile, LedgerImportDialog } from '../panels/ledger-import-dialog'
import { OutlinePanel } from '../panels/outline-panel'
import { PreviewDialog } from '../panels/preview-dialog'
import { VersionsDialog } from '../versions/versions-dialog'
import { VersionStore } from '../versions/version-store'
import { jumpToEditor, jumpToField, resolvePath } from './jump'
import { Paper } from './paper'
import type { Session } from './session'

export type { Session } from './session'
import { useDocumentView } from './document-view'
import { problemCount, SidePanel } from './side-panel'
import { StatusBar } from './status-bar'
import { Toolbar } from './toolbar'
import { useDocumentFile } from './use-document-file'

interface Props {
  session: Session
  host: TongbaoHost
  /** App 把文档级命令（保存、导出……）转给这里 */
  commandRef: React.RefObject<((c: MenuCommand) => boolean) | null>
  onFileCommand(c: MenuCommand): void
  /** 回到开始页（选择新建巡视或巡察、打开最近文件……） */
  onHome(): void
  onDirtyChange(dirty: boolean): void
  /** 由台账导入的新通报（不并入当前通报时）。 */
  onNewNotice(notice: Notice, findings: Finding[]): void
}

export function DocumentScreen(props: Props) {
  const [store] = useState(() => new DocumentStore(props.session.notice, props.session.importFindings))
  const [versions] = useState(() => new VersionStore(props.session.project))
  useEffect(() => store.connect(), [store])
  return (
    <DocumentContext value={store}>
      <DocumentLayout {...props} store={store} versions={versions} />
    </DocumentContext>
  )
}

function DocumentLayout({ session, host, commandRef, onFileCommand, onHome, onDirtyChange, onNewNotice, store, versions }: Props & { store: DocumentStore; versions: VersionStore }) {
  const notice = useNotice()
  const findings = useFindings()
  const { ref, save, doSave, reportError } = useDocumentFile({
    store,
    versions,
    host,
    docKey: session.docKey,
    initialRef: session.ref,
    initiallyDirty: session.dirty,
    onDirtyChange,
  })
  /** 选好的整改台账（导入台账对话框打开着） */
  const [ledgerFile, setLedgerFile] = useState<PickedFile | null>(null)
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
  const { tab, setTab, showOutline, dialog, setDialog, runCommand } = useDocumentView({ store, doSave, commandRef, onOther: ledgerCommand })
  // 要跳到的信息面板字段：面板先切到“信息”页，重绘后再聚焦。
  const pendingField = useRef<Path | null>(null)

  useEffect(() => {
    if (pendingField.current && tab === 'info' && jumpToField(pendingField.current)) pendingField.current = null
  })

  const editField = useCallback(
    (path: Path) => {
      pendingField.current = path
      setTab('info')
      if (jumpToField(path)) pendingField.current = null
    },
    [setTab],
  )

  const onJump = (f: Finding) => {
    const target = resolvePath(store.flush(), store.editors, f.location.path)
    if (target.kind === 'field') return editField(target.path)
    const last = f.location.path[f.location.path.length - 1]
    const inText = last === 'title' || typeof last === 'number'
    jumpToEditor(store.editors, target.section, target.index, inText ? f.location.range : undefined)
  }

  /** 工具栏的结构按钮作用于最近编辑的部分中光标所在处。 */
  const structure = (action: StructureAction) => {
    ReactEditor.focus(store.focusedEditor)
    const moved = store.structure(action)
    if (moved) jumpToEditor(store.editors, moved.section, moved.index)
  }

  const close = () => setDialog(null)
  return (
    <div className="doc-screen">
      <Toolbar
        docRef={ref}
        dirty={save.dirty}
        showOutline={showOutline}
        onCommand={(c) => (runCommand(c) ? undefined : onFileCommand(c))}
        onStructure={structure}
        onHome={onHome}
      />
      <div className="workspace">
        {showOutline && <OutlinePanel />}
        <main className="desk" aria-label={noticeTitle(notice)}>
          <Paper onEditField={editField} />
        </main>
        <SidePanel tab={tab} onTab={setTab} onJump={onJump} />
      </div>
      <StatusBar notice={notice} findings={problemCount(findings)} save={save} onOpenCheck={() => setTab('check')} />
      {dialog === 'preview' && <PreviewDialog notice={notice} onClose={close} />}
      {dialog === 'help' && <HelpDialog onClose={close} />}
      {dialog === 'versions' && <VersionsDialog store={store} versions={versions} host={host} onClose={close} />}
      {ledgerFile && (
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
      )}
      {(dialog === 'export-docx' || dialog === 'export-html') && (
        <ExportDialog
          kind={dialog === 'export-docx' ? 'docx' : 'html'}
          notice={() => store.flush()}
          current={notice}
          onSignOff={(signOff) => store.update((n) => ({ ...n, signOff }))}
          check={(n) => store.check(n)}
          host={host}
          onClose={close}
          onReview={() => {
            close()
            setTab('check')
          }}
        />
      )}
    </div>
  )
}
