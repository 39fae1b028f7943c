/** 编辑界面：工具栏、大纲、纸面、信息/检查面板、状态栏；管理同步、自动保存、保存与导出。 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { ReactEditor } from 'slate-react'
import type { DocumentRef, MenuCommand, TongbaoHost } from '../../core/bridge/host'
import { noticeTitle } from '../../core/derive/title'
import type { Notice, Path, RichText, SectionKey } from '../../core/model'
import { formatMessage } from '../../core/messages/format'
import { serializeProject } from '../../core/project/project-file'
import type { Finding, Fix } from '../../core/rules/types'
import { indentItem, insertBody, insertItem, moveItem, outdentItem } from '../editor/commands'
import type { NoticeEditor } from '../editor/custom-types'
import { ownerIndex, subtreeEnd } from '../editor/structure'
import { currentIndex } from '../editor/with-notice-structure'
import { CheckPanel } from '../panels/check-panel'
import { ExportDialog } from '../panels/export-dialog'
import { HelpDialog } from '../panels/help-dialog'
import { InfoPanel } from '../panels/info-panel'
import { OutlinePanel } from '../panels/outline-panel'
import { PreviewDialog } from '../panels/preview-dialog'
import { refreshedBoilerplate } from './boilerplate'
import { CurrentItemStore } from './current-item'
import { createEditors, syncEditorsFrom, withSections } from './editors'
import { jumpToEditor, jumpToField, resolvePath } from './jump'
import { applyFix, createValidator } from '../../core/rules'
import { Paper } from './paper'
import { type SaveState, StatusBar } from './status-bar'

export interface Session {
  docKey: string
  ref: DocumentRef | null
  notice: Notice
  /** 导入时的修复与存疑 */
  importFindings: Finding[]
  /** 从恢复副本打开的文档一开始就是“未保存” */
  dirty: boolean
}

type Dialog = 'preview' | 'export-docx' | 'export-html' | 'help' | null
const SYNC_DELAY_MS = 300
/** 连续输入时也至少每隔这么久合并一次，大纲、检查和自动保存不会因为一直在打字而停下。 */
const SYNC_MAX_WAIT_MS = 3000
const AUTOSAVE_DELAY_MS = 2000

interface Props {
  session: Session
  host: TongbaoHost
  /** App 把文档级命令（保存、导出……）转给这里 */
  commandRef: React.RefObject<((c: MenuCommand) => boolean) | null>
  onFileCommand(c: MenuCommand): void
  /** 回到开始页（选择新建巡视或巡察、打开最近文件……） */
  onHome(): void
  onDirtyChange(dirty: boolean): void
}

export function DocumentScreen({ session, host, commandRef, onFileCommand, onHome, onDirtyChange }: Props) {
  const editors = useMemo(() => createEditors(session.notice), [session])
  const [notice, setNotice] = useState(session.notice)
  // 最新的通报（同步、表单修改、修复时与状态一并更新），供防抖回调和保存读取。
  const noticeRef = useRef(notice)
  const [ref, setRef] = useState(session.ref)
  const [save, setSave] = useState<SaveState>({ dirty: session.dirty, savedAt: null, autosavedAt: null, error: null })
  const [rightTab, setRightTab] = useState<'info' | 'check'>('info')
  const [showOutline, setShowOutline] = useState(true)
  const [dialog, setDialog] = useState<Dialog>(null)
  const lastEditor = useRef<NoticeEditor>(editors.rectification)
  const syncTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)
  const lastSync = useRef(0)
  const pendingField = useRef<Path | null>(null)
  // 光标所在的条目（信息面板显示它的整改时限和责任单位）。
  const currentItem = useMemo(() => new CurrentItemStore(editors), [editors])
  useEffect(() => currentItem.connect(), [currentItem])

  /** 把编辑器内容合进通报（保存、导出前立即做；输入时防抖）。 */
  const flush = useCallback((): Notice => {
    clearTimeout(syncTimer.current)
    lastSync.current = Date.now()
    const n = withSections(noticeRef.current, editors)
    noticeRef.current = n
    setNotice(n)
    return n
  }, [editors])

  // 有没有未保存的修改：页面关闭、刷新时同步读取，不等 React 重绘。
  const dirtyRef = useRef(session.dirty)
  // 新的修改让“已自动保存”失效，直到下一次自动保存完成。
  const markDirty = useCallback(() => {
    dirtyRef.current = true
    setSave((s) => (s.dirty && !s.error && s.autosavedAt === null ? s : { ...s, dirty: true, error: null, autosavedAt: null }))
  }, [])

  const onSectionChange = useCallback(
    (editor: NoticeEditor) => {
      lastEditor.current = editor
      markDirty()
      clearTimeout(syncTimer.current)
      const waited = Date.now() - lastSync.current
      syncTimer.current = setTimeout(flush, waited > SYNC_MAX_WAIT_MS ? 0 : SYNC_DELAY_MS)
    },
    [flush, markDirty],
  )

  const onFocusEditor = useCallback((e: NoticeEditor) => {
    lastEditor.current = e
  }, [])

  const updateNotice = useCallback(
    (update: (n: Notice) => Notice) => {
      const before = withSections(noticeRef.current, editors)
      let next = update(before)
      const refreshed = refreshedBoilerplate(before, next)
      for (const [key, paragraphs] of Object.entries(refreshed) as [SectionKey, RichText][]) {
        next = { ...next, [key]: { ...next[key], paragraphs } }
        syncEditorsFrom(next, editors)
      }
      noticeRef.current = next
      setNotice(next)
      markDirty()
    },
    [editors, markDirty],
  )

  useEffect(() => onDirtyChange(save.dirty), [save.dirty, onDirtyChange])
  // 文档的身份（新建、打开、导入、从上一轮新建、恢复、另存为）变了就告诉宿主：“打开同一文件”切到哪个窗口、“保存”写到哪里由它决定。
  useEffect(() => host.setCurrentDocument(ref), [host, ref])
  useEffect(() => host.setDirty(save.dirty, noticeTitle(notice)), [host, save.dirty, notice])

  /** 写一份自动保存。失败（如浏览器存储已满）显示在状态栏，不说“已自动保存”。 */
  const autosaveNow = useCallback(
    (n: Notice) => {
      let text: string
      try {
        text = serializeProject(n)
      } catch {
        return // 内容暂时不合模型（例如日期没填完）：下次再存
      }
      void host
        .autosave(session.docKey, ref, text, noticeTitle(n))
        .then((r) => setSave((s) => (r.ok ? { ...s, autosavedAt: new Date().toISOString() } : { ...s, error: formatMessage(r) })))
    },
    [host, session.docKey, ref],
  )

  // 自动保存：修改停下 2 秒后写入恢复区。
  useEffect(() => {
    if (!save.dirty) return
    const t = setTimeout(() => autosaveNow(noticeRef.current), AUTOSAVE_DELAY_MS)
    return () => clearTimeout(t)
  }, [notice, save.dirty, autosaveNow])

  // 页面被隐藏、关闭或刷新时不等那 2 秒：先把编辑器里刚打的字合进通报，立即自动保存。
  useEffect(() => {
    const leave = () => {
      if (dirtyRef.current) autosaveNow(flush())
    }
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') leave()
    }
    window.addEventListener('beforeunload', leave)
    window.addEventListener('pagehide', leave)
    document.addEventListener('visibilitychange', onVisibility)
    return () => {
      window.removeEventListener('beforeunload', leave)
      window.removeEventListener('pagehide', leave)
      document.removeEventListener('visibilitychange', onVisibility)
    }
  }, [autosaveNow, flush])

  // 检查：通报每次同步后重跑规则；增量校验器只重查改动过的段落。
  const [validator] = useState(createValidator)
  // 规则本身出错（程序缺陷）时不假装“没有问题”：检查面板与状态栏显示“暂时无法检查”。
  const findings = useMemo((): Finding[] | null => {
    try {
      return [...session.importFindings, ...validator.validate(notice)]
    } catch {
      return null
    }
  }, [notice, session.importFindings, validator])

  /** 导出前按最新内容检查一次（不等防抖后的状态更新）。 */
  const checkNow = useCallback(
    (n: Notice): Finding[] | null => {
      try {
        return [...session.importFindings, ...validator.validate(n)]
      } catch {
        return null
      }
    },
    [session.importFindings, validator],
  )

  useEffect(() => {
    if (pendingField.current && rightTab === 'info') {
      jumpToField(pendingField.current)
      pendingField.current = null
    }
  })

  const editField = useCallback((path: Path) => {
    pendingField.current = path
    setRightTab('info')
    if (!jumpToField(path)) return
    pendingField.current = null
  }, [])

  const onJump = (f: Finding) => {
    const target = resolvePath(noticeRef.current, editors, f.location.path)
    if (target.kind === 'field') return editField(target.path)
    const last = f.location.path[f.location.path.length - 1]
    const inText = last === 'title' || typeof last === 'number'
    jumpToEditor(editors, target.section, target.index, inText ? f.location.range : undefined)
  }

  const onFix = (fix: Fix) => {
    const n = applyFix(flush(), fix)
    syncEditorsFrom(n, editors)
    noticeRef.current = n
    setNotice(n)
    markDirty()
  }

  const doSave = useCallback(
    async (saveAs: boolean) => {
      const n = flush()
      let text: string
      try {
        text = serializeProject(n)
      } catch {
        setSave((s) => ({ ...s, error: '无法保存：有内容不符合格式（如日期）。请在“检查”面板中查看。' }))
        return
      }
      const result = await host.saveProject(ref, text, { saveAs })
      if (!result.ok) setSave((s) => ({ ...s, error: formatMessage(result) }))
      else if (result.kind === 'saved') {
        dirtyRef.current = false
        setRef(result.ref)
        setSave({ dirty: false, savedAt: result.savedAt, autosavedAt: null, error: null })
        void host.discardAutosave(session.docKey)
      }
    },
    [flush, host, ref, session.docKey],
  )

  /** 工具栏的结构按钮作用于最近编辑的部分中光标所在处。 */
  const structure = (action: 'sibling' | 'child' | 'body' | 'indent' | 'outdent' | 'up' | 'down') => {
    const editor = lastEditor.current
    const index = currentIndex(editor) ?? editor.children.length - 1
    const owner = ownerIndex(editor.children, index)
    const ownerEl = owner >= 0 ? editor.children[owner] : undefined
    ReactEditor.focus(editor)
    switch (action) {
      case 'sibling':
        if (ownerEl?.type === 'item') insertItem(editor, subtreeEnd(editor.children, owner), ownerEl.depth, ownerEl.role)
        else insertItem(editor, editor.children.length, 0)
        break
      case 'child':
        if (ownerEl?.type === 'item') insertItem(editor, subtreeEnd(editor.children, owner), ownerEl.depth + 1)
        else insertItem(editor, editor.children.length, 0)
        break
      case 'body':
        insertBody(editor, owner >= 0 ? owner + 1 : index + 1)
        break
      case 'indent':
        if (owner >= 0) indentItem(editor, owner)
        break
      case 'outdent':
        if (owner >= 0) outdentItem(editor, owner)
        break
      case 'up':
      case 'down':
        if (owner >= 0) {
          const to = moveItem(editor, owner, action === 'up' ? -1 : 1)
          if (to >= 0) jumpToEditor(editors, editor.sectionKey, to)
        }
        break
    }
  }

  const runCommand = useCallback(
    (c: MenuCommand): boolean => {
      switch (c) {
        case 'save':
          void doSave(false)
          return true
        case 'save-as':
          void doSave(true)
          return true
        case 'export-docx':
          flush()
          setDialog('export-docx')
          return true
        case 'export-html':
          flush()
          setDialog('export-html')
          return true
        case 'print-preview':
          flush()
          setDialog('preview')
          return true
        case 'help':
          setDialog('help')
          return true
        case 'undo':
          lastEditor.current.undo()
          return true
        case 'redo':
          lastEditor.current.redo()
          return true
        case 'toggle-outline':
          setShowOutline((v) => !v)
          return true
        case 'toggle-check':
          setRightTab((t) => (t === 'check' ? 'info' : 'check'))
          return true
        default:
          return false
      }
    },
    [doSave, flush],
  )
  useEffect(() => {
    commandRef.current = runCommand
    return () => {
      commandRef.current = null
    }
  }, [commandRef, runCommand])

  const problems = findings === null ? null : findings.filter((f) => f.severity !== 'info').length
  const title = noticeTitle(notice)

  return (
    <div className="doc-screen">
      <header className="toolbar">
        <div className="toolbar-inner" role="toolbar" aria-label="工具栏">
        <span className="doc-name" title={ref?.path ?? ''}>
          {ref?.name ?? '未保存的通报'}
          {save.dirty ? ' ●' : ''}
        </span>
        <div className="tool-group" role="group" aria-label="文件">
          <button type="button" onClick={onHome} title="回到开始页：新建巡视或巡察通报、打开最近文件">新建…</button>
          <button type="button" onClick={() => onFileCommand('open')}>打开</button>
          <button type="button" onClick={() => void doSave(false)}>保存</button>
          <button type="button" onClick={() => void doSave(true)}>另存为</button>
          <button type="button" onClick={() => runCommand('export-docx')}>导出 Word</button>
          <button type="button" onClick={() => runCommand('export-html')}>导出网页</button>
          <button type="button" onClick={() => runCommand('print-preview')}>页面预览</button>
        </div>
        <div className="tool-group" role="group" aria-label="编辑">
          <button type="button" onClick={() => runCommand('undo')} aria-keyshortcuts="Control+Z">撤销</button>
          <button type="button" onClick={() => runCommand('redo')} aria-keyshortcuts="Control+Y">重做</button>
        </div>
        <div className="tool-group" role="group" aria-label="条目">
          <button type="button" onMouseDown={(e) => e.preventDefault()} onClick={() => structure('sibling')}>添加同级条目</button>
          <button type="button" onMouseDown={(e) => e.preventDefault()} onClick={() => structure('child')}>添加下级条目</button>
          <button type="button" onMouseDown={(e) => e.preventDefault()} onClick={() => structure('body')}>添加正文段落</button>
          <button type="button" onMouseDown={(e) => e.preventDefault()} onClick={() => structure('outdent')} aria-keyshortcuts="Shift+Tab">升级</button>
          <button type="button" onMouseDown={(e) => e.preventDefault()} onClick={() => structure('indent')} aria-keyshortcuts="Tab">降级</button>
          <button type="button" onMouseDown={(e) => e.preventDefault()} onClick={() => structure('up')}>上移</button>
          <button type="button" onMouseDown={(e) => e.preventDefault()} onClick={() => structure('down')}>下移</button>
        </div>
        <div className="tool-group" role="group" aria-label="视图">
          <button type="button" aria-pressed={showOutline} onClick={() => setShowOutline((v) => !v)}>大纲</button>
          <button type="button" onClick={() => setDialog('help')} aria-keyshortcuts="F1">帮助</button>
        </div>
        </div>
      </header>
      <div className="workspace">
        {showOutline && <OutlinePanel notice={notice} editors={editors} onStructureChange={flush} />}
        <main className="desk" aria-label={title}>
          <Paper notice={notice} editors={editors} onSectionChange={onSectionChange} onFocusEditor={onFocusEditor} onEditField={editField} />
        </main>
        <aside className="side" aria-label="信息与检查">
          <div className="tabs" role="tablist" aria-label="侧栏">
            <button type="button" role="tab" id="tab-info" aria-controls="side-panel" aria-selected={rightTab === 'info'} onClick={() => setRightTab('info')}>
              信息
            </button>
            <button type="button" role="tab" id="tab-check" aria-controls="side-panel" aria-selected={rightTab === 'check'} onClick={() => setRightTab('check')}>
              检查{problems === null ? '' : `（${problems}）`}
            </button>
          </div>
          <div id="side-panel" role="tabpanel" aria-labelledby={rightTab === 'info' ? 'tab-info' : 'tab-check'} className="side-panel">
            {rightTab === 'info' ? <InfoPanel notice={notice} onChange={updateNotice} currentItem={currentItem} /> : <CheckPanel findings={findings} onJump={onJump} onFix={onFix} />}
          </div>
        </aside>
      </div>
      <StatusBar notice={notice} findings={problems} save={save} onOpenCheck={() => setRightTab('check')} />
      {dialog === 'preview' && <PreviewDialog notice={notice} onClose={() => setDialog(null)} />}
      {dialog === 'help' && <HelpDialog onClose={() => setDialog(null)} />}
      {(dialog === 'export-docx' || dialog === 'export-html') && (
        <ExportDialog
          kind={dialog === 'export-docx' ? 'docx' : 'html'}
          notice={flush}
          current={notice}
          onSignOff={(signOff) => updateNotice((n) => ({ ...n, signOff }))}
          check={checkNow}
          host={host}
          onClose={() => setDialog(null)}
          onReview={() => {
            setDialog(null)
            setRightTab('check')
          }}
        />
      )}
    </div>
  )
}

