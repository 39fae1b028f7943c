import { z } from 'zod'
import { type Notice, NoticeSchema } from '../model/notice'
import { OpenError } from './errors'
import { MIGRATIONS } from './migrations'

/** `.tongbao` 工程文件的格式版本；每次不兼容的模型变化加一并补一个迁移。 */
export const FORMAT_VERSION = 2
export const FORMAT_ID = 'tongbao'
/** 工程文件的大小上限：远大于任何真实通报，挡住误选的大文件。 */
export const MAX_PROJECT_BYTES = 50 * 1024 * 1024

const EnvelopeSchema = z.looseObject({
  format: z.literal(FORMAT_ID),
  formatVersion: z.number().int(),
  notice: z.unknown(),
})

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

/** 读取工程文件字节；任何问题都抛出 OpenError（中文说明），从不修改输入。 */
export function parseProject(bytes: Uint8Array): Notice {
  if (bytes.length === 0) throw new OpenError('empty', '文件是空的，没有可打开的内容。')
  if (bytes.length > MAX_PROJECT_BYTES) throw new OpenError('too-large', `文件过大（${(bytes.length / 1048576).toFixed(1)} MB），不是整改通报工程文件。`)
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) {
    throw new OpenError('not-tongbao', '这是一个压缩包或 Word 文档（.docx），不是整改通报工程文件。如需使用其中内容，请用“导入”。')
  }
  if (looksBinary(bytes)) throw new OpenError('binary', '文件包含二进制数据，不是整改通报工程文件。')
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    throw new OpenError('binary', '文件不是 UTF-8 文本，不是整改通报工程文件。')
  }
  let json: unknown
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''))
  } catch {
    throw new OpenError('not-json', '文件已损坏或不完整（JSON 格式错误），无法打开。原文件未被改动；可尝试从备份（.bak）或自动保存中恢复。')
  }
  const env = EnvelopeSchema.safeParse(json)
  if (!env.success) {
    throw new OpenError('not-tongbao', '这是一个 JSON 文件，但不是整改通报工程文件（缺少 format: "tongbao" 标记）。')
  }
  const version = env.data.formatVersion
  if (version > FORMAT_VERSION) {
    throw new OpenError('newer-version', `此文件由更新版本的整改通报编辑器保存（格式版本 ${version}，本程序支持到 ${FORMAT_VERSION}），请升级后再打开。`)
  }
  if (version < 1 || !MIGRATIONS.has(version) && version !== FORMAT_VERSION) {
    throw new OpenError('unknown-version', `无法识别的格式版本 ${version}。`)
  }
  let notice: unknown = env.data.notice
  for (let v = version; v < FORMAT_VERSION; v++) notice = MIGRATIONS.get(v)!(notice)
  const parsed = NoticeSchema.safeParse(notice)
  if (!parsed.success) {
    const first = parsed.error.issues[0]
    const where = first ? first.path.join('.') : ''
    throw new OpenError('invalid-content', `工程文件内容不完整或已损坏（${where || '根'}：${first?.message ?? '格式不符'}），无法打开。原文件未被改动。`)
  }
  return parsed.data
}
