// 进程内的预期失败：带编号的错误。跨桥时只传 { code, params }，不传错误对象。
import type { MessageCode } from './codes'
import { formatMessage, type MessageParams, type Problem } from './format'

export class TongbaoError<C extends MessageCode = MessageCode> extends Error implements Problem {
  constructor(
    readonly code: C,
    readonly params: MessageParams = {},
    options?: { cause?: unknown },
  ) {
    super(formatMessage({ code, params }), options)
    this.name = 'TongbaoError'
  }

  /** 只留可以穿过 IPC 的纯数据。 */
  toProblem(): Problem {
    return { code: this.code, params: this.params }
  }
}

export function isTongbaoError(e: unknown): e is TongbaoError {
  return e instanceof TongbaoError
}
