// 把打开的文件读入并（是工程文件时）记为窗口的文档。
import type { PickedFile } from '../../../core/bridge/host'
import { parseProject } from '../../../core/project/project-file'
import { readPickedFile } from '../files/read-picked-file'
import type { WindowLike, DocumentWindow } from '../windows/document-windows'
import type { HostContext } from './host-context'

/**
 * 读入要在窗口里打开的文件。工程文件先在主进程里解析一遍：解析不了就抛出中文说明，
 * 窗口的文档路径不变，免得之后的“保存”写到一个并未打开成功的文件上。
 * 只有工程文件才成为窗口的文档路径；导入的 Word/文本/网页永远不会被“保存”覆盖。
 */
export async function adoptOpenedFile<W extends WindowLike>(
  ctx: HostContext<W>,
  state: DocumentWindow<W>,
  path: string,
  asProject: boolean,
): Promise<PickedFile> {
  const file = await readPickedFile(path)
  if (asProject) {
    parseProject(file.bytes)
    state.ref = file.ref
    await ctx.recent.add(path, ctx.now())
    await ctx.recentChanged()
  }
  return file
}
