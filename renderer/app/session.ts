/** 当前打开的文档（会话）：App 开始编辑时交给编辑界面的内容。 */
import type { DocumentRef } from '../../core/bridge/host'
import type { Notice } from '../../core/model'
import type { ProjectVersions } from '../../core/project/versions'
import type { Finding } from '../../core/rules/types'

export interface Session {
  docKey: string
  ref: DocumentRef | null
  notice: Notice
  /** 导入时的修复与存疑 */
  importFindings: Finding[]
  /** 从恢复副本打开的文档一开始就是“未保存” */
  dirty: boolean
  /** 打开的工程文件的标识与版本；新建、导入的文档没有（开始编辑时生成）。 */
  project?: ProjectVersions
}
