import { describeSchemaError } from '../messages/schema-issues'
import { formatMessage } from '../messages/format'
import { type Notice, NoticeSchema } from '../model/notice'
import type { Finding } from '../rules/types'
import { checkItemCount, checkJsonDepth } from '../import/limits'
import { OpenError } from './errors'
import { MIGRATIONS } from './migrations'
import { repairNoticeIds } from './repair-ids'

/** `.tongbao` 工程文件的格式版本；每次不兼容的模型变化加一并补一个迁移。 */
export const FORMAT_VERSION = 3
export const FORMAT_ID = 'tongbao'
/** 工程文件的大小上限：远大于任何真实通报，挡住误选的大文件。 */
export const MAX_PROJECT_BYTES = 50 * 1024 * 1024

export interface ProjectFile {
  format: typeof FORMAT_ID
  formatVersion: typeof FORMAT_VERSION
  app: string
  savedAt: string
  notice: Notice
}

export function serializeProject(notice: Notice, savedAt = new Date().toISOString(), app = 'tongbao'): string {
  const file: ProjectFile = { format: FORMAT_ID, formatVersion: FORMAT_VERSION, app, savedAt, notice: NoticeSchema.parse(notice) }
  return JSON.stringify(file, null, 2) + '\n'
}

function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192)
  for (let i = 0; i < n; i++) if (bytes[i] === 0) return true
  return false
}

export const sizeMb = (bytes: number) => (bytes / 1048576).toFixed(1)

/** 打开的结果：通报，加上打开时顺手做的修复（如重复的条目编号），每项一条提示。 */
export interface LoadedProject {
  notice: Notice
  findings: Finding[]
}

/** 读取工程文件字节；任何问题都抛出 OpenError（编号与参数，中文见 core/messages），从不修改输入。 */
export function readProject(bytes: Uint8Array): LoadedProject {
  if (bytes.length === 0) throw new OpenError('open.empty')
  if (bytes.length > MAX_PROJECT_BYTES) throw new OpenError('open.too-large', { sizeMb: sizeMb(bytes.length) })
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) throw new OpenError('open.office-file')
  if (looksBinary(bytes)) throw new OpenError('open.binary')
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    throw new OpenError('open.not-utf8')
  }
  // 嵌套层数与条目个数先核对：校验（zod）、编号与导出都按条目树逐层走，几百层、十几万个条目的文件会撑爆调用栈。
  checkJsonDepth(text)
  let json: unknown
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''))
  } catch {
    throw new OpenError('open.not-json')
  }
  // 信封逐项核对，每种问题各说各的：版本号写错（1.5、"1"）不是“缺少 format 标记”。
  if (typeof json !== 'object' || json === null || Array.isArray(json) || (json as { format?: unknown }).format !== FORMAT_ID) {
    throw new OpenError('open.not-tongbao')
  }
  const envelope = json as { formatVersion?: unknown; notice?: unknown }
  const version = envelope.formatVersion
  if (typeof version !== 'number' || !Number.isInteger(version)) {
    throw new OpenError('open.bad-version', { version: version === undefined ? '（缺少）' : JSON.stringify(version) })
  }
  if (version > FORMAT_VERSION) throw new OpenError('open.newer-version', { version, supported: FORMAT_VERSION })
  if (version < 1 || (!MIGRATIONS.has(version) && version !== FORMAT_VERSION)) throw new OpenError('open.unknown-version', { version })
  let notice: unknown = envelope.notice
  checkItemCount(notice)
  for (let v = version; v < FORMAT_VERSION; v++) notice = MIGRATIONS.get(v)!(notice)
  const parsed = NoticeSchema.safeParse(notice)
  if (!parsed.success) throw new OpenError('open.invalid-content', { detail: describeSchemaError(parsed.error) })
  const { notice: repaired, repaired: paths } = repairNoticeIds(parsed.data)
  const message = formatMessage({ code: 'load.duplicate-id' })
  return { notice: repaired, findings: paths.map((path): Finding => ({ rule: 'load-duplicate-id', severity: 'info', message, location: { path } })) }
}

/** 只要通报本身（自动保存、主进程核对要写的内容等不需要提示的地方）。 */
export function parseProject(bytes: Uint8Array): Notice {
  return readProject(bytes).notice
}
