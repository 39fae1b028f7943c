// 打开、保存、导出对话框的文件类型筛选与默认文件名。
import type { ExportKind, FilePurpose } from '../../../core/bridge/host'

/** 对话框的文件类型筛选（与 Electron 的 FileFilter 同形）。 */
export interface FileFilter {
  name: string
  extensions: string[]
}

export const PROJECT_EXTENSION = 'tongbao'
const PROJECT: FileFilter = { name: '整改通报工程文件', extensions: [PROJECT_EXTENSION] }
const IMPORTABLE: FileFilter = { name: 'Word 文档、PDF、文本、网页', extensions: ['docx', 'doc', 'wps', 'pdf', 'txt', 'html', 'htm'] }
const LEDGER: FileFilter = { name: '整改台账（Excel 工作簿、CSV、TSV）', extensions: ['xlsx', 'csv', 'tsv'] }
const REVIEW: FileFilter = { name: '审阅稿（Word 文档）', extensions: ['docx'] }

/** 打开对话框按用途给出的筛选；“从上一轮新建”既收工程文件也收可导入的文件。 */
export function openFilters(purpose: FilePurpose): FileFilter[] {
  switch (purpose) {
    case 'open':
      return [PROJECT]
    case 'import':
      return [IMPORTABLE]
    case 'previous-round':
      return [
        { name: '整改通报（工程文件或可导入的文件）', extensions: [PROJECT_EXTENSION, ...IMPORTABLE.extensions] },
        PROJECT,
        IMPORTABLE,
      ]
    case 'ledger':
      return [LEDGER]
    case 'review':
      return [REVIEW]
  }
}

export const OPEN_DIALOG_TITLES: Record<FilePurpose, string> = {
  open: '打开整改通报',
  import: '导入通报（Word、PDF、文本或网页）',
  'previous-round': '选择上一份整改通报',
  ledger: '导入整改台账',
  review: '导入审阅稿（带修订与批注的 Word 文档）',
}

export const PROJECT_SAVE_FILTERS: FileFilter[] = [PROJECT]

const EXPORT_FILTERS: Record<ExportKind, FileFilter> = {
  docx: { name: 'Word 文档', extensions: ['docx'] },
  html: { name: '网页', extensions: ['html'] },
  fragment: { name: '网页片段（供网站后台粘贴）', extensions: ['html'] },
  ledger: { name: 'Excel 工作簿', extensions: ['xlsx'] },
  ofd: { name: 'OFD 版式文档', extensions: ['ofd'] },
}

export function exportFilters(kind: ExportKind): FileFilter[] {
  return [EXPORT_FILTERS[kind]]
}

/** 保存对话框返回的路径若没有应有的扩展名就补上（Linux 的 GTK 对话框不会自动补）。 */
export function withExtension(path: string, extension: string): string {
  return path.toLowerCase().endsWith('.' + extension.toLowerCase()) ? path : `${path}.${extension}`
}

/** 保存对话框的默认文件名：去掉路径分隔符等文件名里不允许的字符。 */
export function safeFileName(name: string, fallback = '未命名整改通报'): string {
  const cleaned = name
    // eslint-disable-next-line no-control-regex -- 控制字符在文件名里同样不允许
    .replace(/[\\/:*?"<>|\u0000-\u001f]/g, '')
    .trim()
    .replace(/^\.+/, '')
  return cleaned.slice(0, 120) || fallback
}
