// tongbao export --track-changes-from：送审稿。对照工程里的版本名或另一个文件；当前内容没有版本时自动存一个，
// .docx 的自定义属性指向这些版本。
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { strFromU8, unzipSync } from 'fflate'
import { beforeAll, describe, expect, it } from 'vitest'
import { readReviewIds } from '../../core/export/docx/review-docx'
import { readProject } from '../../core/project/project-file'
import { addVersion, freshVersions, versionById } from '../../core/project/versions'
import { runCli } from '../../electron/cli/main'
import { saveProject } from '../../electron/files/project-store'
import { sampleNotice } from '../support/sample-notice'
import { tempDir } from './support/render'

function capture() {
  const out: string[] = []
  const err: string[] = []
  return { io: { out: (t: string) => out.push(t), err: (t: string) => err.push(t) }, out, err }
}

let dir: string
let project: string
let other: string
const original = sampleNotice()
const edited = structuredClone(original)
edited.rectification.items[0]!.title = '关于贯彻落实党中央重大决策部署方面'

beforeAll(async () => {
  dir = tempDir('cli-review')
  project = join(dir, 'p.tongbao')
  other = join(dir, 'other.tongbao')
  await saveProject(project, edited, addVersion(freshVersions(), original, '送审稿1').project)
  await saveProject(other, original)
})

const docXml = (path: string) => strFromU8(unzipSync(readFileSync(path))['word/document.xml']!)

describe('tongbao export --track-changes-from', () => {
  it('对照版本名：修订写进 Word，当前内容自动存为版本，工程写回（留 .bak），属性指向两个版本', async () => {
    const out = join(dir, 'review.docx')
    const c = capture()
    expect(await runCli(['export', project, '--docx', out, '--track-changes-from', '送审稿1'], c.io)).toBe(0)
    const xml = docXml(out)
    expect(xml).toMatch(/<w:ins w:id="\d+" w:author="中共青山县委" w:date="\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ">/)
    expect(xml).toContain('重大')
    const saved = readProject(readFileSync(project))
    expect(saved.notice).toEqual(edited)
    expect(saved.project.versions.map((v) => [v.name, v.auto ?? false])).toEqual([
      ['送审稿1', false],
      ['送审稿2', true],
    ])
    expect(readProject(readFileSync(project + '.bak')).project.versions).toHaveLength(1)
    const ids = readReviewIds(readFileSync(out))!
    expect(ids.documentId).toBe(saved.project.documentId)
    expect(versionById(saved.project, ids.versionId)!.notice).toEqual(edited)
    expect(versionById(saved.project, ids.baseVersionId)!.name).toBe('送审稿1')
    expect(c.err.join('\n')).toContain('送审稿2')
  })

  it('再导一次：当前内容已有版本，不再新存', async () => {
    const out = join(dir, 'review2.docx')
    expect(await runCli(['export', project, '--docx', out, '--track-changes-from', '送审稿1'], capture().io)).toBe(0)
    expect(readProject(readFileSync(project)).project.versions).toHaveLength(2)
  })

  it('对照一个文件：它也存为工程里的版本', async () => {
    const out = join(dir, 'review3.docx')
    expect(await runCli(['export', project, '--docx', out, '--track-changes-from', other], capture().io)).toBe(0)
    const saved = readProject(readFileSync(project)).project
    const base = versionById(saved, readReviewIds(readFileSync(out))!.baseVersionId)!
    expect(base.name).toBe('对照：other.tongbao')
    expect(base.notice).toEqual(original)
  })

  it('没有的版本名、不是工程文件、不是单份 Word：中文说明，什么都不写', async () => {
    const c = capture()
    expect(await runCli(['export', project, '--docx', join(dir, 'x.docx'), '--track-changes-from', '签发稿'], c.io)).not.toBe(0)
    expect(c.err.join('\n')).toContain('没有名为“签发稿”的版本')
    expect(c.err.join('\n')).toContain('送审稿1、送审稿2')
    const d = capture()
    expect(await runCli(['export', project, '--html', join(dir, 'x.html'), '--track-changes-from', '送审稿1'], d.io)).not.toBe(0)
    expect(d.err.join('\n')).toContain('只用于单份导出 Word')
  })
})
