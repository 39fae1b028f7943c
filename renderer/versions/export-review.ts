/**
 * 从界面导出送审稿：当前内容没有版本时先自动存一个（审阅稿合并回来要认得出它），修订对照所选的版本；
 * 可选把未处理的检查发现写成批注。docx 库按需载入，与普通导出一样。
 */
import type { TongbaoHost, SaveResult } from '../../core/bridge/host'
import type { Notice } from '../../core/model'
import type { Version } from '../../core/project/versions'
import type { Finding } from '../../core/rules/types'
import type { VersionStore } from './version-store'

export async function exportReview(
  host: TongbaoHost,
  versions: VersionStore,
  notice: Notice,
  base: Version,
  fileName: string,
  comments: readonly Finding[] = [],
): Promise<SaveResult> {
  const current = versions.ensure(notice, '送审稿')
  const [{ exportReviewDocx }, { documentAuthor }] = await Promise.all([
    import('../../core/export/docx/review-docx'),
    import('../../core/export/docx/build-document'),
  ])
  const bytes = await exportReviewDocx(base.notice, notice, {
    author: documentAuthor(notice),
    date: new Date().toISOString().replace(/\.\d{3}Z$/, 'Z'),
    ids: { documentId: versions.get().documentId, versionId: current.id, baseVersionId: base.id },
    comments,
  })
  return host.saveExport(bytes, fileName, 'docx')
}
