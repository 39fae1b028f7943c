/** 界面线程与自动保存 Worker 之间的消息。 */
import type { Notice } from '../../core/model'
import type { ProjectVersions } from '../../core/project/versions'

export interface SerializeRequest {
  id: number
  notice: Notice
  project: ProjectVersions
}

/** text 为 null：内容暂时不合模型，不能写成工程文件。 */
export interface SerializeReply {
  id: number
  text: string | null
}
