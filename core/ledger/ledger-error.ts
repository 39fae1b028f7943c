/** 读台账失败的原因；中文说明在 core/messages/zh.ts（ledger.*），告诉用户发生了什么、接下来怎么办。 */
import { OpenError } from '../project/errors'
import { LEDGER_LIMITS } from './limits'

export type LedgerErrorCode = 'too-large' | 'zip-bomb' | 'too-many-rows' | 'encrypted' | 'not-xlsx' | 'no-sheet' | 'no-header' | 'empty'

/** 读台账的错误：是一种 OpenError，宿主和命令行按同一种错误显示；ledgerCode 供测试与调用方区分。 */
export class LedgerError extends OpenError {
  override name = 'LedgerError'
  constructor(readonly ledgerCode: LedgerErrorCode) {
    super(`ledger.${ledgerCode}`, { mb: LEDGER_LIMITS.fileBytes / 1048576, rows: LEDGER_LIMITS.rows })
  }
}
