// 每个宿主方法的 IPC 参数模式（zod）。
import * as z from 'zod'
import {
  AutosaveArgsSchema,
  DirtyArgsSchema,
  FilePurposeSchema,
  SaveExportArgsSchema,
  SavePdfArgsSchema,
  SaveProjectArgsSchema,
  SetCurrentDocumentArgsSchema,
} from '../../../core/bridge/host'
import type { HostMethod } from './channels'

/**
 * 每个宿主方法的参数模式（整个参数表为一个元组）。契约里已有的直接用；
 * 只有一个简单参数的方法在这里补上，长度上限挡住异常大的载荷。
 */
const PathArg = z.string().min(1).max(4096)
/** 恢复副本的 id 是主进程给出的十六进制摘要，不是路径。 */
const RecoveryIdArg = z.string().regex(/^[0-9a-f]{16}$/)
const NoArgs = z.tuple([])

export const PAYLOAD_SCHEMAS = {
  pickFile: z.tuple([FilePurposeSchema]),
  readRecent: z.tuple([PathArg]),
  recentFiles: NoArgs,
  saveProject: SaveProjectArgsSchema,
  saveExport: SaveExportArgsSchema,
  savePdf: SavePdfArgsSchema,
  revealInFolder: z.tuple([PathArg]),
  autosave: AutosaveArgsSchema,
  discardAutosave: z.tuple([z.string().min(1).max(200)]),
  listRecovery: NoArgs,
  restoreRecovery: z.tuple([RecoveryIdArg]),
  discardRecovery: z.tuple([RecoveryIdArg]),
  setDirty: DirtyArgsSchema,
  setCurrentDocument: SetCurrentDocumentArgsSchema,
  initialFile: NoArgs,
} as const satisfies Record<HostMethod, z.ZodType<unknown[]>>
