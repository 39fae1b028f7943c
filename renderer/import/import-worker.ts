/**
 * 导入的 Web Worker：core 的导入（含打开工程文件的解析与校验）在这里运行，界面线程不被几秒的解析卡住，
 * 取消时直接结束这个 Worker。结果与错误（代码加中文说明）以消息发回，见 import-protocol.ts。
 */
import '../zod-jitless'
import { importNotice } from '../../core/import'
import { isOpenError } from '../../core/project/errors'
import { noticeText } from '../../core/document/blocks'
import { serializeProject } from '../../core/project/project-file'
import type { ImportReply, ImportRequest } from './import-protocol'
import { warmUpNotice } from './warm-up-notice'

// renderer 的类型库是 DOM 而不是 WebWorker：这里只用到 Worker 作用域的这两个成员。
const scope = self as unknown as { onmessage: ((e: MessageEvent<ImportRequest>) => void) | null; postMessage(m: ImportReply): void }

scope.onmessage = (e) => {
  const { name, bytes } = e.data
  importNotice({ name, bytes, onStage: (stage) => scope.postMessage({ kind: 'stage', stage }) }).then(
    (result) => scope.postMessage({ kind: 'done', result }),
    (err: unknown) => {
      // 开发者看的英文与代码留在控制台；给用户看的只有中文说明。
      if (!isOpenError(err)) console.error('import failed', err)
      scope.postMessage(
        isOpenError(err) ? { kind: 'failed', code: err.code, params: err.params } : { kind: 'failed', code: null, params: {} },
      )
    },
  )
}

/**
 * 预热：Worker 是在应用空闲时备好的（import-job.ts）。先导入一份自拟的小通报（文本与工程文件各一次），
 * 导入路径上的函数这时就编译好了；用户的文件到来时不再边编译边解析（最大样例的导入因此约快一半）。
 */
function warmUp(): void {
  const n = warmUpNotice()
  const encode = (text: string) => new TextEncoder().encode(text)
  void importNotice({ name: '预热.txt', bytes: encode(noticeText(n)) })
    .then(() => importNotice({ name: '预热.tongbao', bytes: encode(serializeProject(n)) }))
    .catch(() => undefined)
}

warmUp()
