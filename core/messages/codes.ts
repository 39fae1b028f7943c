// 消息编号：封闭的联合类型。每个编号在 zh.ts 里有且只有一句中文（编译器保证）。

/** 映射成中文的系统错误码（Node 的 errno 代码）。表外的代码按 'unknown' 说。 */
export const SYSTEM_ERROR_CODES = [
  'EACCES',
  'EPERM',
  'EROFS',
  'ENOSPC',
  'EDQUOT',
  'ENOENT',
  'ENOTDIR',
  'EISDIR',
  'ENAMETOOLONG',
  'EMFILE',
  'ENFILE',
  'EBUSY',
  'EEXIST',
  'EXDEV',
  'EIO',
  'ELOOP',
  'ETXTBSY',
  'EFBIG',
  'EAGAIN',
  'EINVAL',
  'ENOTSUP',
  'ETIMEDOUT',
] as const
export type SystemErrorCode = (typeof SYSTEM_ERROR_CODES)[number]

export function isSystemErrorCode(code: unknown): code is SystemErrorCode {
  return typeof code === 'string' && (SYSTEM_ERROR_CODES as readonly string[]).includes(code)
}

/** 读写文件失败的原因：系统错误码，加上两种不是 errno 的情形。 */
export type FileFailure = SystemErrorCode | 'read-only' | 'unknown'

/** 打开工程文件或导入时的问题（OpenError 的编号）。 */
export type OpenErrorCode =
  | 'open.empty'
  | 'open.too-large'
  | 'open.office-file'
  | 'open.binary'
  | 'open.not-utf8'
  | 'open.not-json'
  | 'open.not-tongbao'
  | 'open.bad-version'
  | 'open.newer-version'
  | 'open.unknown-version'
  | 'open.invalid-content'
  | 'open.not-a-file'
  | 'import.empty'
  | 'import.no-text'
  | 'import.too-large'
  | 'import.not-docx'
  | 'import.docx-damaged'
  | 'import.old-word'
  | 'import.doc-not-word97'
  | 'import.wps-not-ole'
  | 'import.doc-damaged'
  | 'import.doc-no-text-stream'
  | 'import.doc-encrypted'
  | 'import.doc-rtf'
  | 'import.pdf-not-pdf'
  | 'import.pdf-no-text'
  | 'import.pdf-password'
  | 'import.pdf-damaged'
  | 'import.pdf-too-many-pages'
  | 'import.pdf-too-many-items'
  | 'import.pdf-timeout'
  | 'import.undecodable'
  | 'import.unparseable'
  | 'import.not-a-notice'
  | 'import.incomplete'
  | 'ledger.too-large'
  | 'ledger.zip-bomb'
  | 'ledger.too-many-rows'
  | 'ledger.encrypted'
  | 'ledger.not-xlsx'
  | 'ledger.no-sheet'
  | 'ledger.no-header'
  | 'ledger.empty'
  | LimitCode

/** 超出导入与打开的上限（core/import/limits.ts）。 */
export type LimitCode =
  | 'limit.zip-entry-too-large'
  | 'limit.zip-total-too-large'
  | 'limit.zip-ratio-too-high'
  | 'limit.zip-too-many-entries'
  | 'limit.nesting-too-deep'
  | 'limit.too-many-items'
  | 'limit.too-many-characters'

/** 桥上与宿主里的其他结果。 */
export type HostCode =
  | 'host.rejected-sender'
  | 'host.bad-arguments'
  | 'host.internal'
  | 'recent.not-listed'
  | 'recent.missing'
  | 'file.open-elsewhere'
  | 'save.open-elsewhere'
  | 'save.invalid-project'
  | 'autosave.invalid-project'
  | 'recovery.missing'
  | 'recovery.in-use'
  | 'storage.quota'
  | 'storage.unavailable'
  | 'download.refused'
  | 'load.duplicate-id'

/** 命令行的参数与输出问题。 */
export type CliCode =
  | 'cli.unknown-command'
  | 'cli.unknown-option'
  | 'cli.missing-value'
  | 'cli.unexpected-value'
  | 'cli.unexpected-argument'
  | 'cli.need-input'
  | 'cli.need-output'
  | 'cli.need-kind'
  | 'cli.need-export-output'
  | 'cli.bad-profile'
  | 'cli.bad-today'
  | 'cli.bad-sheet'
  | 'cli.sheet-out-of-range'
  | 'cli.output-is-input'
  | 'cli.output-exists'
  | 'cli.batch-needs-out-dir'
  | 'cli.format-needs-out-dir'
  | 'cli.out-dir-with-outputs'
  | 'cli.bad-format'
  | 'cli.bad-mode'
  | 'cli.keep-aspects-needs-new-round'
  | 'cli.batch-collision'
  | 'cli.internal'
  | 'cli.bad-print-date'
  // issue-17：送审稿（带修订的 Word）
  | 'cli.track-changes-needs-docx'
  | 'cli.track-changes-needs-project'
  | 'cli.no-such-version'
  // issue #20：OFD 导出的字体嵌入
  | 'cli.bad-ofd-font'
  | 'cli.ofd-font-needs-ofd'
  | 'cli.ofd-font-unreadable'
  // issue #11：命令行的签发人（GB/T 9704 7.2.6）
  | 'cli.signer-needs-redhead'

/** 合并审阅稿（#18）。 */
export type ReviewCode =
  | 'review.other-document'
  | 'review.not-this-notice'
  | 'review.kind.edit'
  | 'review.kind.paragraph-added'
  | 'review.kind.paragraph-deleted'
  | 'review.kind.item-added'
  | 'review.kind.item-deleted'
  | 'review.kind.item-moved'
  | 'review.untracked'
  | 'review.by'
  | 'review.comment'
  | 'review.unplaced'
  | 'review.skipped'
  | 'cli.merge-review-listed'
  | 'cli.merge-review-merged'

export type FileCode = `read.${FileFailure}` | `write.${FileFailure}`

// issue #9：应用外壳（renderer/app）自己说的几句话，不再写在调用处。
/** 应用外壳的提示：打不开的文件、无法开始的续报、存不下的内容、离开前的确认。 */
export type AppCode = 'app.open-failed' | 'app.cannot-start-from' | 'app.save-invalid' | 'app.leave-unsaved'

export type MessageCode = OpenErrorCode | HostCode | CliCode | FileCode | AppCode | ReviewCode | PasteCode

// #10：粘贴一整篇通报时的说明。
export type PasteCode = 'paste.noise-dropped'
