/**
 * 工程里的版本（格式版本 4 起）：“保存为版本”把当时的通报整份存进 .tongbao，与当前通报同一格式版本；
 * 文件较旧时版本与当前通报一起走迁移链（core/project/migrations.ts）。documentId 是工程的稳定标识，
 * 新建或迁移时生成一次，之后不变：送审稿 .docx 以它认回自己的工程（见 core/export/docx/review-docx.ts）。
 */
import * as z from 'zod'
import { NoticeSchema, type Notice } from '../model/notice'

export const VersionSchema = z.strictObject({
  /** 版本的稳定标识（uuid）：送审稿 .docx 的 TongbaoVersionId / TongbaoBaseVersionId 指向它。 */
  id: z.string().min(1),
  /** 用户起的名字：“送审稿1”“修改稿2”“签发稿”；自动保存的版本由程序起名。 */
  name: z.string().trim().min(1),
  savedAt: z.string().min(1),
  /** 导出送审稿时程序自动存的版本（当前内容还没有版本时）。 */
  auto: z.literal(true).optional(),
  notice: NoticeSchema,
})
export type Version = z.infer<typeof VersionSchema>

/** 工程的身份与版本列表：随通报一起保存、自动保存、恢复。 */
export const ProjectVersionsSchema = z.strictObject({
  documentId: z.string().min(1),
  versions: z.array(VersionSchema),
})
export type ProjectVersions = z.infer<typeof ProjectVersionsSchema>

export const newDocumentId = (): string => crypto.randomUUID()

/** 新工程：新的身份，没有版本。 */
export const freshVersions = (): ProjectVersions => ({ documentId: newDocumentId(), versions: [] })

/** 把通报存为一个版本，加在列表末尾（列表按保存先后排列）。 */
export function addVersion(
  project: ProjectVersions,
  notice: Notice,
  name: string,
  options: { now?: Date; auto?: boolean } = {},
): { project: ProjectVersions; version: Version } {
  const version: Version = {
    id: crypto.randomUUID(),
    name: name.trim(),
    savedAt: (options.now ?? new Date()).toISOString(),
    ...(options.auto ? { auto: true as const } : {}),
    notice,
  }
  return { project: { ...project, versions: [...project.versions, version] }, version }
}

/** 按 id 找版本（送审稿里记的 TongbaoVersionId、TongbaoBaseVersionId）。 */
export const versionById = (project: ProjectVersions, id: string): Version | undefined => project.versions.find((v) => v.id === id)

/** 按名字找版本（命令行 --track-changes-from 送审稿1）；同名时取最近存的那个。 */
export const versionByName = (project: ProjectVersions, name: string): Version | undefined =>
  project.versions.findLast((v) => v.name === name.trim())

/** 与当前内容相同的最近一个版本（导出送审稿时：有就用它的 id，没有才自动存一个）。 */
export function versionOfNotice(project: ProjectVersions, notice: Notice): Version | undefined {
  const text = JSON.stringify(notice)
  return project.versions.findLast((v) => v.notice === notice || JSON.stringify(v.notice) === text)
}

/** 下一个不重名的自动版本名：“送审稿1”“送审稿2”…… */
export function nextVersionName(project: ProjectVersions, stem: string): string {
  const taken = new Set(project.versions.map((v) => v.name))
  let n = 1
  while (taken.has(`${stem}${n}`)) n++
  return `${stem}${n}`
}
