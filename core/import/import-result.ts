/** 导入的结果：通报模型，加上导入时所作的修复和存疑之处。 */
import type { Notice } from '../model/notice'
import type { ProjectVersions } from '../project/versions'
import type { Finding } from '../rules/types'

export interface ImportResult {
  notice: Notice
  /** 导入时所作的修复和存疑之处（如补回的日期、无法确定的读法）。 */
  findings: Finding[]
  /** 打开的是工程文件时：它的标识与保存的版本（其他格式的导入是新文档，没有）。 */
  project?: ProjectVersions
}

/** 导入进行到哪一步（供界面显示进度）：解压 Word 包、转换 Word 内容、识别通报结构。 */
export type ImportStage = 'unzip' | 'convert' | 'parse'
