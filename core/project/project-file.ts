import { describeSchemaError } from '../messages/schema-issues'
import { formatMessage } from '../messages/format'
import { type Notice, NoticeSchema } from '../model/notice'
import type { Finding } from '../rules/types'
import { checkItemCount, checkJsonDepth } from '../import/limits'
import { OpenError } from './errors'
import { MIGRATIONS, type ProjectBody } from './migrations'
import { repairNoticeIds } from './repair-ids'
import { freshVersions, type ProjectVersions, ProjectVersionsSchema } from './versions'

/** `.tongbao` 工程文件的格式版本；每次不兼容的模型变化加一并补一个迁移。 */
export const FORMAT_VERSION = 4
export const FORMAT_ID = 'tongbao'
/** 工程文件的大小上限：远大于任何真实通报，挡住误选的大文件。 */
export const MAX_PROJECT_BYTES = 50 * 1024 * 1024

export interface ProjectFile {
  format: typeof FORMAT_ID
  formatVersion: typeof FORMAT_VERSION
  app: string
  savedAt: string
  /** 工程的稳定标识（格式版本 4 起） */
  documentId: string
  notice: Notice
  /** 保存的版本，按保存先后（格式版本 4 起） */
  versions: ProjectVersions['versions']
}

/**
 * 工程文件的文本。project：工程的标识与版本；只有通报时（新文档、导入、测试）省略，得到新的标识、没有版本。
 * 改写已有工程的地方（保存、自动保存、恢复、命令行写回）必须把读到的 project 传回来，版本才不会丢。
 */
export function serializeProject(
  notice: Notice,
  savedAt = new Date().toISOString(),
  app = 'tongbao',
  project: ProjectVersions = freshVersions(),
): string {
  const { documentId, versions } = ProjectVersionsSchema.parse(project)
  const file: ProjectFile = {
    format: FORMAT_ID,
    formatVersion: FORMAT_VERSION,
    app,
    savedAt,
    documentId,
    notice: NoticeSchema.parse(notice),
    versions,
  }
  return JSON.stringify(file, null, 2) + '\n'
}

function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192)
  for (let i = 0; i < n; i++) if (bytes[i] === 0) return true
  return false
}

export const sizeMb = (bytes: number) => (bytes / 1048576).toFixed(1)

/** 打开的结果：通报，加上打开时顺手做的修复（如重复的条目编号），每项一条提示；以及工程的标识与版本。 */
export interface LoadedProject {
  notice: Notice
  findings: Finding[]
  project: ProjectVersions
}

/** 读取工程文件字节；任何问题都抛出 OpenError（编号与参数，中文见 core/messages），从不修改输入。 */
export function readProject(bytes: Uint8Array): LoadedProject {
  return readProjectText(projectText(bytes))
}

/**
 * 工程文件字节里的文字：空的、过大的、Word 文件、二进制与不是 UTF-8 的，抛出 OpenError。
 * 上兆的中文解码成字符串要几十毫秒：既要核对、又要原样留下文字的地方（自动保存）只解码这一次，再交给 readProjectText。
 */
export function projectText(bytes: Uint8Array): string {
  if (bytes.length === 0) throw new OpenError('open.empty')
  if (bytes.length > MAX_PROJECT_BYTES) throw new OpenError('open.too-large', { sizeMb: sizeMb(bytes.length) })
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) throw new OpenError('open.office-file')
  if (looksBinary(bytes)) throw new OpenError('open.binary')
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    throw new OpenError('open.not-utf8')
  }
}

/** 读取工程文件的文字（projectText 解码所得）；任何问题都抛出 OpenError。 */
export function readProjectText(text: string): LoadedProject {
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
  const envelope = json as { formatVersion?: unknown; notice?: unknown; documentId?: unknown; versions?: unknown }
  const version = envelope.formatVersion
  if (typeof version !== 'number' || !Number.isInteger(version)) {
    throw new OpenError('open.bad-version', { version: version === undefined ? '（缺少）' : JSON.stringify(version) })
  }
  if (version > FORMAT_VERSION) throw new OpenError('open.newer-version', { version, supported: FORMAT_VERSION })
  if (version < 1 || (!MIGRATIONS.has(version) && version !== FORMAT_VERSION)) throw new OpenError('open.unknown-version', { version })
  let body: ProjectBody = { notice: envelope.notice, documentId: envelope.documentId, versions: envelope.versions }
  checkItemCount(body.notice)
  if (Array.isArray(body.versions)) for (const v of body.versions) checkItemCount((v as { notice?: unknown } | null)?.notice)
  for (let v = version; v < FORMAT_VERSION; v++) body = MIGRATIONS.get(v)!(body)
  const parsed = NoticeSchema.safeParse(body.notice)
  if (!parsed.success) throw new OpenError('open.invalid-content', { detail: describeSchemaError(parsed.error) })
  const versions = ProjectVersionsSchema.safeParse({ documentId: body.documentId, versions: body.versions })
  if (!versions.success) throw new OpenError('open.invalid-content', { detail: describeSchemaError(versions.error) })
  const { notice: repaired, repaired: paths } = repairNoticeIds(parsed.data)
  // 编号只须在一份通报之内不重复：每个版本各自修复（版本与当前通报共用编号正是比较时认出同一条目的依据）。
  const project = { ...versions.data, versions: versions.data.versions.map((v) => ({ ...v, notice: repairNoticeIds(v.notice).notice })) }
  const message = formatMessage({ code: 'load.duplicate-id' })
  return {
    notice: repaired,
    findings: paths.map((path): Finding => ({ rule: 'load-duplicate-id', severity: 'info', message, location: { path } })),
    project,
  }
}

/** 通报连同工程的标识与版本：改写已有工程（自动保存、恢复、命令行写回）时要整份带着走。 */
export type ProjectContent = Pick<LoadedProject, 'notice' | 'project'>

/** 只要通报本身（自动保存、主进程核对要写的内容等不需要提示的地方）。 */
export function parseProject(bytes: Uint8Array): Notice {
  return readProject(bytes).notice
}
