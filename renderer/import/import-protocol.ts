/** 界面线程与导入 Worker 之间的消息（结构化克隆得了的纯数据）。 */
import type { ImportResult, ImportStage } from '../../core/import'
import type { OpenErrorCode } from '../../core/project/errors'
import type { MessageParams } from '../../core/messages/format'

export interface ImportRequest {
  name: string
  bytes: Uint8Array
}

export type ImportReply =
  | { kind: 'stage'; stage: ImportStage }
  | { kind: 'done'; result: ImportResult }
  /** 无法导入：OpenError 的编号与参数（中文由 core/messages 的表给出）；其他异常 code 为 null（说明由界面给出）。 */
  | { kind: 'failed'; code: OpenErrorCode | null; params: MessageParams }
