/** 编辑界面的布局：工具栏、大纲、纸面、信息/检查侧栏、状态栏和对话框；文档状态全在 DocumentStore 里。 */
import { useCallback, useEffect, useState } from 'react'
import { ReactEditor } from 'slate-react'
import type { MenuCommand, TongbaoHost } from '../../core/bridge/host'
import { noticeTitle } from '../../core/derive/title'
import type { Notice } from '../../core/model'
import type { Finding } from '../../core/rules/types'
import { DocumentStore } from '../document/store'
import { DocumentContext, useNotice } from '../document/use-document'
import type { StructureAction } from '../editor/commands'
import { ExportDialog } from '../panels/export-dialog'
import { HelpDialog } from '../panels/help-dialog'
import { OutlinePanel } from '../panels/outline-panel'
import { PreviewDialog } from '../panels/preview-dialog'
import { VersionsDialog } from '../versions/versions-dialog'
import { VersionStore } from '../versions/version-store'
import { ReviewDialog } from '../review/review-dialog'
import { useReviewImport } from '../review/use-review-import'
import { jumpToEditor } from './jump'
import { PasteOfferDialog } from '../paste/paste-offer-dialog'
import { Paper } from './paper'
import type { Session } from './session'
import { useDocumentView } from './document-view'
import { SidePanel } from './side-panel'
import { StatusBar } from './status-bar'
import { Toolbar } from './toolbar'
import { useDocumentFile } from './use-document-file'
import { useFindingJump } from './use-finding-jump'
import { useLedgerCommands } from './use-ledger-commands'

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

function DocumentLayout({
  session,
  host,
  commandRef,
  onFileCommand,
  onHome,
  onDirtyChange,
  onNewNotice,
  store,
  versions,
}: Props & { store: DocumentStore; versions: VersionStore }) {
  const notice = useNotice()
  const { ref, save, doSave, reportError } = useDocumentFile({
    store,
    versions,
    host,
    docKey: session.docKey,
    initialRef: session.ref,
    initiallyDirty: session.dirty,
    onDirtyChange,
  })
  const { ledgerCommand, ledgerDialog } = useLedgerCommands({ store, host, notice, reportError, onNewNotice })
  // #18 导入审阅稿
  const review = useReviewImport({ store, host, reportError })
  const reviewCommand = review.command
  const otherCommand = useCallback((c: MenuCommand) => ledgerCommand(c) || reviewCommand(c), [ledgerCommand, reviewCommand])
  const { tab, setTab, showOutline, dialog, setDialog, runCommand } = useDocumentView({ store, doSave, commandRef, onOther: otherCommand })
  const { editField, onJump } = useFindingJump(store, tab, setTab)

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
        {/* data-caret-view：打字时光标应留在其中的滚动区（editor/scroll-caret.ts） */}
        <main className="desk" aria-label={noticeTitle(notice)} data-caret-view="">
          <Paper onEditField={editField} />
        </main>
        <SidePanel tab={tab} onTab={setTab} onJump={onJump} />
      </div>
      <StatusBar notice={notice} save={save} onOpenCheck={() => setTab('check')} />
      {dialog === 'preview' && <PreviewDialog notice={notice} onClose={close} />}
      {dialog === 'help' && <HelpDialog onClose={close} />}
      {dialog === 'versions' && <VersionsDialog store={store} versions={versions} host={host} onClose={close} />}
      {ledgerDialog}
      {review.picked && (
        <ReviewDialog
          review={review.picked.review}
          file={review.picked.file}
          notice={review.picked.notice}
          project={versions.get()}
          onMerge={(merged, comments, skipped) => {
            review.merge(merged, comments, skipped)
            // 批注列在“检查”里：合并后切过去。
            if (comments.length) setTab('check')
          }}
          onClose={review.close}
        />
      )}
      {/* #10：粘贴了一整篇通报。替换当前文档是一个用户动作：一步撤销。 */}
      <PasteOfferDialog onReplace={(n) => store.update(() => n)} onNewDocument={onNewNotice} />
      {(dialog === 'export-docx' || dialog === 'export-html' || dialog === 'export-ofd') && (
        <ExportDialog
          kind={dialog === 'export-docx' ? 'docx' : dialog === 'export-ofd' ? 'ofd' : 'html'}
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
