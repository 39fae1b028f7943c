import type { OpenErrorCode } from '../messages/codes'
import { TongbaoError } from '../messages/tongbao-error'

export type { OpenErrorCode }

/** 打开或导入文件失败：编号见 core/messages/codes.ts，中文见 core/messages/zh.ts。 */
export class OpenError extends TongbaoError<OpenErrorCode> {
  override name = 'OpenError'
}

export function isOpenError(e: unknown): e is OpenError {
  return e instanceof OpenError
}
