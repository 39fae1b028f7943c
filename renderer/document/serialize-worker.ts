/**
 * 自动保存的 Web Worker：把通报按模型校验并写成工程文件的文本。五十万字的通报在界面线程上要一两百毫秒（zod 不能 eval 时更慢），
 * 放在这里，打字停下后的自动保存不再卡住下一次按键。
 */
import '../zod-jitless'
import { serializeProject } from '../../core/project/project-file'
import type { SerializeReply, SerializeRequest } from './serialize-protocol'

const scope = self as unknown as { onmessage: ((e: MessageEvent<SerializeRequest>) => void) | null; postMessage(m: SerializeReply): void }

scope.onmessage = (e) => {
  const { id, notice, project } = e.data
  try {
    scope.postMessage({ id, text: serializeProject(notice, undefined, undefined, project) })
  } catch {
    // 内容暂时不合模型（例如日期没填完）：这一次不存
    scope.postMessage({ id, text: null })
  }
}
