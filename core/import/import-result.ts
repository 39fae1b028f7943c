/** 导入的结果：通报模型，加上导入时所作的修复和存疑之处。 */
import type { Notice } from '../model/notice'
import type { Finding } from '../rules/types'

export interface ImportResult {
  notice: Notice
  /** 导入时所作的修复和存疑之处（如补回的日期、无法确定的读法）。 */
  findings: Finding[]
}
