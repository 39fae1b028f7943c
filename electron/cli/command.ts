import type { CliCode } from '../../core/messages/codes'
import type { MessageParams } from '../../core/messages/format'
import { TongbaoError } from '../../core/messages/tongbao-error'

/** 一个子命令：解析自己的参数，返回退出码（0 成功，1 有错误级问题，2 输入无法处理）。 */
export interface Command {
  name: string
  summary: string
  usage: string
  run(argv: string[], io: CliIo): Promise<number>
}

export interface CliIo {
  out(text: string): void
  err(text: string): void
  /** 批量处理时的进度行（覆盖上一行）；空串清掉它。只在 stderr 是终端时提供，管道和日志里不出现。 */
  progress?(text: string): void
}

/** 参数用错了：说明之后附上该命令的用法。 */
export class UsageError extends TongbaoError<CliCode> {
  override name = 'UsageError'
  constructor(code: CliCode, params?: MessageParams) {
    super(code, params)
  }
}
