import { basename } from 'node:path'
import { type FileCode, type FileFailure, isSystemErrorCode } from '../../core/messages/codes'
import { TongbaoError } from '../../core/messages/tongbao-error'

export type FileOp = 'read' | 'write'

/**
 * 读写用户文件失败：编号为 read.EACCES、write.ENOSPC 之类，参数里是用户的文件名——
 * 从不是系统错误里的路径（那可能是保存用的临时文件）。
 */
export class FileError extends TongbaoError<FileCode> {
  override name = 'FileError'
  constructor(
    op: FileOp,
    readonly failure: FileFailure,
    userPath: string,
    cause?: unknown,
  ) {
    super(`${op}.${failure}`, { name: basename(userPath) }, { cause })
  }

  /** 任何异常 → 带编号的错误；已经带编号的（TongbaoError）原样交回。 */
  static from(op: FileOp, error: unknown, userPath: string): TongbaoError {
    if (error instanceof TongbaoError) return error
    const code = (error as { code?: unknown } | null)?.code
    return new FileError(op, isSystemErrorCode(code) ? code : 'unknown', userPath, error)
  }
}
