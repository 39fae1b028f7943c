/** 把选中的文件变成通报：.tongbao 直接打开，其余（.docx/.doc/.wps/.pdf/.txt/.html）导入。错误一律转成给用户看的中文。 */
import type { DocumentRef, PickedFile } from '../../core/bridge/host'
import type { Notice } from '../../core/model'
import { formatMessage } from '../../core/messages/format'
import { isTongbaoError } from '../../core/messages/tongbao-error'
import type { ProjectVersions } from '../../core/project/versions'
import type { Finding } from '../../core/rules/types'
import { importInWorker } from '../import/import-job'

export interface OpenedNotice {
  notice: Notice
  /** 导入的文件没有对应的工程文件，保存时另存为 */
  ref: DocumentRef | null
  findings: Finding[]
  /** 工程文件的标识与版本 */
  project?: ProjectVersions
}

export type OpenOutcome = { kind: 'ok'; opened: OpenedNotice } | { kind: 'error'; message: string } | { kind: 'cancelled' }

export const isProjectName = (name: string) => /\.tongbao$/i.test(name)

/**
 * 解析与校验都在 Worker 里进行（工程文件也是），界面线程不被大文件卡住；用户可以取消。
 * 例外是 PDF：pdfjs 在 Worker 里读不出文字层（与它自己的“假 Worker”相冲），暂在界面线程读；它有页数、条目与时间上限。
 */
export async function openPicked(file: PickedFile): Promise<OpenOutcome> {
  try {
    const outcome = /\.pdf$/i.test(file.ref.name)
      ? {
          kind: 'done' as const,
          result: await (await import('../../core/import')).importNotice({ name: file.ref.name, bytes: file.bytes }),
        }
      : await importInWorker(file.ref.name, file.bytes)
    if (outcome.kind === 'cancelled') return outcome
    const { notice, findings, project } = outcome.result
    return {
      kind: 'ok',
      opened: { notice, ref: isProjectName(file.ref.name) ? file.ref : null, findings, ...(project ? { project } : {}) },
    }
  } catch (e) {
    return { kind: 'error', message: describeError(e, file.ref.name) }
  }
}

export function describeError(e: unknown, name: string): string {
  // 带编号的错误，文字已由 core/messages 的表给出。
  if (isTongbaoError(e)) return e.message
  return formatMessage({ code: 'app.open-failed', params: { name } })
}
