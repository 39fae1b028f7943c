/**
 * 自动保存的 Web Worker：把通报按模型校验并写成工程文件，交回 Blob（UTF-8）。五十万字的通报在界面线程上要一两百毫秒
 * （zod 不能 eval 时更慢），放在这里，打字停下后的自动保存不再卡住下一次按键。
 * Worker 留着上一次的内容，界面线程只发来改动（见 identity-diff）；结果是 Blob：编码成 UTF-8 在这里做，
 * 界面线程收到的只是一个引用，存进 IndexedDB 也只是存引用（存上兆的字符串或字节数组要在界面线程上序列化几十毫秒）。
 */
import '../zod-jitless'
import { serializeProject } from '../../core/project/project-file'
import { apply } from './identity-diff'
import type { SerializeInput, SerializeReply, SerializeRequest } from './serialize-protocol'

const scope = self as unknown as {
  onmessage: ((e: MessageEvent<SerializeRequest>) => void) | null
  postMessage(m: SerializeReply): void
}

/** 上一次请求的内容：下一次的补丁以它为底。 */
let last: { id: number; input: SerializeInput } | null = null

scope.onmessage = (e) => {
  const { id, baseId, patch, reply } = e.data
  if (baseId !== null && last?.id !== baseId) {
    last = null
    scope.postMessage({ id, kind: 'resend' })
    return
  }
  let input: SerializeInput
  try {
    input = apply(baseId === null ? undefined : last!.input, patch) as SerializeInput
  } catch {
    last = null
    scope.postMessage({ id, kind: 'resend' })
    return
  }
  last = { id, input }
  if (!reply) return
  let text: string
  try {
    text = serializeProject(input.notice, undefined, undefined, input.project)
  } catch {
    // 内容暂时不合模型（例如日期没填完）：这一次不存
    scope.postMessage({ id, kind: 'invalid' })
    return
  }
  scope.postMessage({ id, kind: 'blob', blob: new Blob([text], { type: 'application/json' }) })
}
