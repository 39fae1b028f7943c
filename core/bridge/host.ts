import * as z from 'zod'
import type { MessageCode } from '../messages/codes'
import type { MessageParams } from '../messages/format'

/**
 * 渲染进程与宿主之间唯一的桥（window.tongbao）。Electron 的 preload 与浏览器宿主各实现一次。
 * 宿主只管文件、对话框、菜单和自动保存；导入、校验、导出都在渲染进程里用 core 完成，
 * 因而桥上传的是字节和文本，不是业务对象。载荷在 Electron 主进程一侧用下面的 zod 模式校验。
 */

/** 一个已打开文档的身份：磁盘路径（浏览器宿主或未保存的新文档为 null）与显示名。 */
export const DocumentRefSchema = z.strictObject({
  path: z.string().nullable(),
  name: z.string(),
})
export type DocumentRef = z.infer<typeof DocumentRefSchema>

export const FilePurposeSchema = z.enum(['open', 'import', 'previous-round', 'ledger', 'review'])
/** open: .tongbao；import: .docx/.doc/.wps/.pdf/.txt/.html；previous-round（续报、新一轮的起点）: 以上皆可；ledger: 整改台账 .xlsx/.csv/.tsv；review: 审阅稿 .docx（#18） */
export type FilePurpose = z.infer<typeof FilePurposeSchema>

export interface PickedFile {
  ref: DocumentRef
  bytes: Uint8Array
}

/**
 * 桥上的失败是值，不是异常：编号加参数（纯数据，能穿过 IPC），页面用 core/messages 的 formatMessage 说成中文。
 * 错误对象过不了桥（主进程抛出的异常到页面只剩一句英文前缀的文字），所以从不靠抛出、更不靠文字分辨失败。
 */
export interface Failure {
  ok: false
  code: MessageCode
  params?: MessageParams
}
/** 宿主方法的结果：成功时带上各自的数据。 */
export type Result<T extends object = object> = ({ ok: true } & T) | Failure

export type SaveResult = Result<{ kind: 'saved'; ref: DocumentRef; savedAt: string } | { kind: 'cancelled' }>

/** 导出 PDF 的结果：另有 printing——浏览器宿主已打开打印对话框，文件由用户在那里保存。 */
export type PdfResult = Result<{ kind: 'saved'; ref: DocumentRef; savedAt: string } | { kind: 'cancelled' } | { kind: 'printing' }>
/** savePdf 的载荷：打印页的 HTML（上限同工程文本）与建议的文件名。 */
export const SavePdfArgsSchema = z.tuple([
  z
    .string()
    .min(1)
    .max(100 * 1024 * 1024),
  z.string().min(1).max(255),
])

export const ExportKindSchema = z.enum(['docx', 'html', 'fragment', 'ledger', 'ofd'])
export type ExportKind = z.infer<typeof ExportKindSchema>

export interface RecentFile {
  path: string
  name: string
  openedAt: string
}

export interface RecoveryItem {
  id: string
  documentPath: string | null
  title: string
  savedAt: string
}

export const MenuCommandSchema = z.enum([
  'new-xunshi',
  'new-xuncha',
  'open',
  'start-follow-up',
  'start-new-round',
  'import',
  'import-ledger',
  'save',
  'save-as',
  'export-docx',
  'export-html',
  'export-ledger',
  'print-preview',
  'export-ofd',
  'undo',
  'redo',
  'toggle-outline',
  'toggle-check',
  'help',
  // issue-17：版本（保存为版本、比较、送审稿）
  'versions',
  // #18
  'import-review',
])
export type MenuCommand = z.infer<typeof MenuCommandSchema>

/** IPC 载荷的模式（主进程在边界校验；渲染进程传来的一切都不被信任）。 */
export const SaveProjectArgsSchema = z.tuple([
  DocumentRefSchema.nullable(),
  z.string().max(100 * 1024 * 1024),
  z.strictObject({ saveAs: z.boolean() }),
])
export const SaveExportArgsSchema = z.tuple([z.instanceof(Uint8Array), z.string().min(1).max(255), ExportKindSchema])
/** autosave 经 IPC 的参数：preload 把 Blob 读成字节（Electron 的 IPC 不传 Blob）。 */
export const AutosaveArgsSchema = z.tuple([
  z.string().min(1).max(200),
  DocumentRefSchema.nullable(),
  z.instanceof(Uint8Array).refine((b) => b.byteLength <= 100 * 1024 * 1024),
  z.string().max(500),
])
export const DirtyArgsSchema = z.tuple([z.boolean(), z.string().max(500)])
/** setCurrentDocument 的载荷：路径与 PathArg 同一上限，显示名与标题同一上限。 */
export const SetCurrentDocumentArgsSchema = z.tuple([
  z.strictObject({ path: z.string().min(1).max(4096).nullable(), name: z.string().max(500) }).nullable(),
])

export interface TongbaoHost {
  readonly platform: 'electron' | 'browser'
  /** 弹出打开对话框；取消时 file 为 null。 */
  pickFile(purpose: FilePurpose): Promise<Result<{ file: PickedFile | null }>>
  /** 按路径读最近文件。 */
  readRecent(path: string): Promise<Result<{ file: PickedFile }>>
  recentFiles(): Promise<RecentFile[]>
  /** 保存工程文件（文本为 serializeProject 的结果）；ref 为 null 或 saveAs 时弹出另存为。宿主负责原子写入与 .bak。 */
  saveProject(ref: DocumentRef | null, text: string, options: { saveAs: boolean }): Promise<SaveResult>
  /** 保存导出的 Word/网页/整改台账（.xlsx）/OFD；弹出保存对话框（浏览器宿主为下载）。 */
  saveExport(bytes: Uint8Array, suggestedName: string, kind: ExportKind): Promise<SaveResult>
  /**
   * 导出 PDF（issue #11）：html 是 core/layout 的打印页（printHtml）。桌面版弹出保存对话框，用 Electron 的 printToPDF
   * 打印成 A4 PDF 后保存；浏览器宿主打开系统打印对话框（kind 'printing'），由用户选“另存为 PDF”。
   */
  savePdf(html: string, suggestedName: string): Promise<PdfResult>
  /** 在文件管理器中显示（浏览器宿主无此能力时不做事）。 */
  revealInFolder(path: string): Promise<void>
  /**
   * 自动保存到恢复区；docKey 标识一个编辑会话（每个窗口、每个标签页各有自己的）。project 是工程文件文本（serializeProject）
   * 的 UTF-8 内容：平时是 Worker 里写好的 Blob（传过来、存进 IndexedDB 都只是一个引用，界面线程上没有上兆的字符串，
   * 也不复制字节）；页面关闭前在本线程同步写的是字节（桌面版要在页面关闭前同步发出 IPC，不能再等读 Blob）。
   */
  autosave(docKey: string, ref: DocumentRef | null, project: Blob | Uint8Array, title: string): Promise<Result>
  /** 删除本编辑会话的自动保存副本（保存成功或放弃修改后）。 */
  discardAutosave(docKey: string): Promise<Result>
  /** 可恢复的副本：上次异常退出留下的，不含正在任何窗口或标签页里编辑的文档。 */
  listRecovery(): Promise<RecoveryItem[]>
  /** 取回恢复副本的工程文本；副本从此归本窗口（标签页）所有。 */
  restoreRecovery(id: string): Promise<Result<{ text: string }>>
  /** 丢弃一份列出的恢复副本（id 来自 listRecovery）。 */
  discardRecovery(id: string): Promise<Result>
  /** 告诉宿主是否有未保存的修改（窗口标题、关闭时询问）。 */
  setDirty(dirty: boolean, title: string): void
  /**
   * 告诉宿主窗口里现在是哪份文档（新建、打开、导入、从上一轮新建、另存为之后）：null 为尚无文件的新文档。
   * 宿主据此决定“打开同一文件”时切到哪个窗口、“保存”写到哪里；Electron 主进程只认本窗口经对话框得到过的路径。
   */
  setCurrentDocument(ref: DocumentRef | null): void
  /** 菜单命令；返回取消订阅函数。 */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void
  /**
   * 本窗口启动时要打开的文件（双击 .tongbao、命令行参数、在新窗口打开最近文件）；没有则为 null。
   * 渲染进程启动时取一次，按扩展名决定打开或导入。浏览器宿主没有这种来源，可以不实现。
   */
  initialFile?(): Promise<PickedFile | null>
}
