/** 打开或导入文件失败的原因；每种都有一句给用户看的中文说明。 */
export type OpenErrorCode =
  | 'empty'
  | 'not-json'
  | 'binary'
  | 'not-tongbao'
  | 'newer-version'
  | 'unknown-version'
  | 'invalid-content'
  | 'too-large'
  | 'unsupported-type'
  | 'not-a-notice'
  | 'unreadable'

export class OpenError extends Error {
  constructor(
    readonly code: OpenErrorCode,
    message: string,
  ) {
    super(message)
    this.name = 'OpenError'
  }
}

export function isOpenError(e: unknown): e is OpenError {
  return e instanceof OpenError
}
