/** 界面线程与自动保存 Worker 之间的消息。 */
import type { Notice } from '../../core/model'
import type { ProjectVersions } from '../../core/project/versions'
import type { Patch } from './identity-diff'

/** 要写成工程文件的内容。 */
export interface SerializeInput {
  notice: Notice
  project: ProjectVersions
}

/**
 * 从 Worker 手里的上一份内容（第 baseId 次请求的）到这一份的补丁（identity-diff）：没改的方面、条目、段落不再克隆过去。
 * baseId 为 null 时补丁是整份内容（Worker 刚启动、或它手里的不是 baseId 那一份时重发）；很大的整份分几块发（reply 为 false 的中间块）。
 */
export interface SerializeRequest {
  id: number
  baseId: number | null
  patch: Patch
  /** false：分块发送的中间一块，Worker 只记下、不写也不回信 */
  reply: boolean
}

export type SerializeReply =
  /** 工程文件（UTF-8 的 Blob）：传过来、交给宿主存都只是一个引用，界面线程上不出现上兆的字符串 */
  | { id: number; kind: 'blob'; blob: Blob }
  /** 内容暂时不合模型（例如日期没填完），不能写成工程文件 */
  | { id: number; kind: 'invalid' }
  /** Worker 手里没有 baseId 那一份、或补丁用不上（不该发生，以防万一）：请发整份 */
  | { id: number; kind: 'resend' }
