/**
 * 审阅稿对照哪个版本：送审稿在 docProps/custom.xml 里记下了导出时的版本（TongbaoVersionId）与文档编号，
 * 工程里（格式 v4 起，#17）存着各版本的整份通报。找得到那个版本就以它为 base，未留修订痕迹的改动因此能与导出时的文字比出来；
 * 找不到（旧工程、版本已删、不是送审稿）时 base 缺省，即以打开的通报为准。
 */
import type { Notice } from '../model/notice'
import type { ReviewProperties } from './read-reviewed-docx'
import type { ReviewOptions } from './review-changes'

/** 工程的身份与版本（与 #17 的 ProjectVersions 同形，这里只读用到的字段）。 */
export interface VersionedProject {
  documentId: string
  versions: readonly { id: string; notice: Notice }[]
}

export function reviewBase(project: VersionedProject | null | undefined, properties: ReviewProperties): ReviewOptions {
  if (!project) return {}
  const version = properties.versionId ? project.versions.find((v) => v.id === properties.versionId) : undefined
  return { documentId: project.documentId, ...(version ? { base: version.notice } : {}) }
}
