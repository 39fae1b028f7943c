// 按编号取中文并填入参数：CLI 与界面共用的唯一出口。
import type { FileCode, MessageCode } from './codes'
import { FILE_PREFIX, MESSAGES, READ_REASONS, WRITE_REASONS } from './zh'

export type MessageParams = Readonly<Record<string, string | number>>

/** 一个要告诉用户的问题：编号加参数。可以原样穿过 IPC（纯数据）。 */
export interface Problem {
  readonly code: MessageCode
  readonly params?: MessageParams
}

function isFileCode(code: MessageCode): code is FileCode {
  return code.startsWith('read.') || code.startsWith('write.')
}

/** 编号对应的模板（未填参数）。 */
export function template(code: MessageCode): string {
  if (!isFileCode(code)) return MESSAGES[code]
  const [op, reason] = code.split('.') as ['read' | 'write', keyof typeof READ_REASONS]
  return FILE_PREFIX[op] + (op === 'read' ? READ_REASONS : WRITE_REASONS)[reason]
}

/** 问题 → 一句中文。缺的参数以“（未知）”代替，而不是把 {{name}} 露给用户。 */
export function formatMessage(problem: Problem): string {
  return template(problem.code).replace(/\{\{(\w+)\}\}/g, (_, key: string) => {
    const value = problem.params?.[key]
    return value === undefined ? '（未知）' : String(value)
  })
}
