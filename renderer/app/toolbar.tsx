/** 编辑界面的工具栏：文件、编辑、条目结构、视图四组按钮；命令由编辑界面执行。 */
import type { DocumentRef, MenuCommand } from '../../core/bridge/host'
import type { StructureAction } from '../editor/commands'

interface Props {
  docRef: DocumentRef | null
  dirty: boolean
  showOutline: boolean
  onCommand(c: MenuCommand): void
  onStructure(action: StructureAction): void
  onHome(): void
}

const STRUCTURE: [StructureAction, string, string?][] = [
  ['sibling', '添加同级条目'],
  ['child', '添加下级条目'],
  ['body', '添加正文段落'],
  ['outdent', '升级', 'Shift+Tab'],
  ['indent', '降级', 'Tab'],
  ['up', '上移'],
  ['down', '下移'],
]

export function Toolbar({ docRef, dirty, showOutline, onCommand, onStructure, onHome }: Props) {
  return (
    <header className="toolbar">
      <div className="toolbar-inner" role="toolbar" aria-label="工具栏">
        <span className="doc-name" title={docRef?.path ?? ''}>
          {docRef?.name ?? '未保存的通报'}
          {dirty ? ' ●' : ''}
        </span>
        <div className="tool-group" role="group" aria-label="文件">
          <button type="button" onClick={onHome} title="回到开始页：新建巡视或巡察通报、打开最近文件">
            新建…
          </button>
          <button type="button" onClick={() => onCommand('open')}>
            打开
          </button>
          <button type="button" onClick={() => onCommand('save')}>
            保存
          </button>
          <button type="button" onClick={() => onCommand('save-as')}>
            另存为
          </button>
          <button type="button" onClick={() => onCommand('export-docx')}>
            导出 Word
          </button>
          <button type="button" onClick={() => onCommand('export-html')}>
            导出网页
          </button>
          <button type="button" onClick={() => onCommand('export-ofd')} title="OFD 版式文档（GB/T 33190），供电子公文系统归档与交换">
            导出 OFD
          </button>
          <button type="button" onClick={() => onCommand('import-ledger')} title="从整改台账（Excel）导入：新建通报或并入本通报">
            导入台账
          </button>
          <button type="button" onClick={() => onCommand('export-ledger')}>
            导出台账
          </button>
          <button type="button" onClick={() => onCommand('import-review')} title="把审阅人改过的 Word 稿（修订与批注）逐条对回本通报">
            导入审阅稿
          </button>
          <button type="button" onClick={() => onCommand('print-preview')}>
            页面预览
          </button>
          <button type="button" onClick={() => onCommand('versions')} title="保存为版本、比较两个版本、导出带修订的送审稿">
            版本
          </button>
        </div>
        <div className="tool-group" role="group" aria-label="编辑">
          <button type="button" onClick={() => onCommand('undo')} aria-keyshortcuts="Control+Z">
            撤销
          </button>
          <button type="button" onClick={() => onCommand('redo')} aria-keyshortcuts="Control+Y">
            重做
          </button>
        </div>
        <div className="tool-group" role="group" aria-label="条目">
          {STRUCTURE.map(([action, label, keys]) => (
            <button
              key={action}
              type="button"
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => onStructure(action)}
              aria-keyshortcuts={keys}
            >
              {label}
            </button>
          ))}
        </div>
        <div className="tool-group" role="group" aria-label="视图">
          <button type="button" aria-pressed={showOutline} onClick={() => onCommand('toggle-outline')}>
            大纲
          </button>
          <button type="button" onClick={() => onCommand('help')} aria-keyshortcuts="F1">
            帮助
          </button>
        </div>
      </div>
    </header>
  )
}
