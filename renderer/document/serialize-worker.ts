/**
 * 自动保存的 Web Worker：把通报按模型校验并写成工程文件，交回 UTF-8 字节。五十万字的通报在界面线程上要一两百毫秒
 * （zod 不能 eval 时更慢），放在这里，打字停下后的自动保存不再卡住下一次按键。
 * Worker 留着上一次的内容，界面线程只发来改动（见 identity-diff）；结果的字节以转移的方式交回，不复制。
 */
import '../zod-jitless'
import { serializeProject } from '../../core/project/project-file'
import { apply } from './identity-diff'
import type { SerializeInput, SerializeReply, SerializeRequest } from './serialize-protocol'

const scope = self as unknown as {
  onmessage: ((e: MessageEvent<SerializeRequest>) => void) | null
  postMessage(m: SerializeReply, transfer?: Transferable[]): void
}

/** 上一次请求的内容：下一次的补丁以它为底。 */
let last: { id: number; input: SerializeInput } | null = null

scope.onmessage = (e) => {
  const { id, baseId, patch } = e.data
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
  let bytes: Uint8Array
  try {
    bytes = new TextEncoder().encode(serializeProject(input.notice, undefined, undefined, input.project))
  } catch {
    // 内容暂时不合模型（例如日期没填完）：这一次不存
    scope.postMessage({ id, kind: 'invalid' })
    return
  }
  scope.postMessage({ id, kind: 'bytes', bytes }, [bytes.buffer])
}
