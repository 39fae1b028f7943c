/** 读整改台账的工作线程：解压、解析 .xlsx 不占界面线程；恶意文件（有上限的）读取也在这里耗完，界面上随时可以“取消”。 */
import '../zod-jitless'
import { readLedgerFile } from '../../core/ledger/import-ledger'
import { isOpenError } from '../../core/project/errors'

self.onmessage = (e: MessageEvent<{ name: string; bytes: Uint8Array }>) => {
  try {
    self.postMessage({ kind: 'ok', workbook: readLedgerFile(e.data) })
  } catch (err) {
    self.postMessage({ kind: 'error', message: isOpenError(err) ? err.message : null })
  }
}
