import type { Notice } from '../model/notice'
import { OpenError } from '../project/errors'
import type { Finding } from '../rules/types'

export interface ImportInput {
  /** 文件名（用其扩展名判断类型） */
  name: string
  bytes: Uint8Array
}

export interface ImportResult {
  notice: Notice
  /** 导入时所作的修复和存疑之处（如补回的日期、无法确定的读法）。 */
  findings: Finding[]
}

/** 导入 .txt / .html / .docx；尚未实现的类型给出中文错误。 */
export async function importNotice(input: ImportInput): Promise<ImportResult> {
  throw new OpenError('unsupported-type', `暂不支持导入此类文件：${input.name}`)
}
