/** 读台账失败的原因；每种一句中文说明，告诉用户发生了什么、接下来怎么办。 */
import { OpenError } from '../project/errors'
import { LEDGER_LIMITS } from './limits'

export type LedgerErrorCode = 'too-large' | 'zip-bomb' | 'too-many-rows' | 'encrypted' | 'not-xlsx' | 'no-sheet' | 'no-header' | 'empty'

const MESSAGES: Record<LedgerErrorCode, string> = {
  'too-large': `台账文件过大（超过 ${LEDGER_LIMITS.fileBytes / 1048576} MB），不像是整改台账，未导入。请确认选对了文件。`,
  'zip-bomb': '台账文件解压后异常庞大（可能是损坏或恶意构造的文件），已停止读取，未导入任何内容。请在 Excel 中打开并另存后再试。',
  'too-many-rows': `台账的工作表超过 ${LEDGER_LIMITS.rows} 行，已停止读取，未导入任何内容。请删去多余的行，或把台账拆成几张表后再导入。`,
  encrypted: '台账文件设有密码或已加密，无法读取。请在 Excel 中取消密码、另存后再导入。',
  'not-xlsx': '无法读取这个 Excel 文件：它不是 .xlsx 格式或已损坏。旧版 .xls 请在 Excel 或 WPS 中另存为 .xlsx 后再导入。',
  'no-sheet': '台账文件中没有可读的工作表。',
  'no-header': '没有找到台账的表头（应有“问题”“整改措施”等列）。请在列对应中指定哪一列是问题。',
  empty: '台账是空的，没有可导入的内容。',
}

/** 带中文说明的读台账错误；是一种 OpenError，宿主和命令行按同一种错误显示。 */
export class LedgerError extends OpenError {
  constructor(readonly ledgerCode: LedgerErrorCode) {
    super(ledgerCode === 'too-large' ? 'too-large' : ledgerCode === 'empty' ? 'empty' : 'unreadable', MESSAGES[ledgerCode])
    this.name = 'LedgerError'
  }
}
