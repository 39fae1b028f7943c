// tongbao merge-review：列出审阅稿中的改动；--accept-all 时全部接受并写入新工程文件；别的通报的审阅稿被拒绝、什么也不写。
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { exportDocx } from '../../core/export/docx/index'
import { importNotice } from '../../core/import/index'
import type { Notice } from '../../core/model/notice'
import { addVersion, freshVersions, type ProjectVersions } from '../../core/project/versions'
import { loadProject, saveProject } from '../../electron/files/project-store'
import { seedNames, seedText } from '../support/seeds'
import { outline } from './support/recovered'
import { type EditPlan, expectedNotice, planEdits, REVIEWER, withDocumentId, withItemFields, writeReviewed } from './support/review-edits'

const BIN = resolve('bin/tongbao.cjs')
const dir = mkdtempSync(join(tmpdir(), 'tongbao-merge-cli-'))
const run = (...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', cwd: dir })

let notice: Notice
let plan: EditPlan
const project = join(dir, 'a.tongbao')
const reviewed = join(dir, 'reviewed.docx')
const other = join(dir, 'other.docx')
/** 带版本的工程：送审稿记下的是导出时的版本（v），之后打开的通报又改过 */
const versioned = join(dir, 'versioned.tongbao')
const stamped = join(dir, 'stamped.docx')
const foreign = join(dir, 'foreign.docx')
let versions: ProjectVersions

beforeAll(async () => {
  const [first, second] = seedNames()
  const load = async (name: string) =>
    withItemFields((await importNotice({ name, bytes: new TextEncoder().encode(seedText(name)) })).notice)
  notice = await load(first!)
  plan = planEdits(notice)
  await saveProject(project, notice)
  writeFileSync(reviewed, writeReviewed(await exportDocx(notice), notice, plan, 'tracked'))
  writeFileSync(other, await exportDocx(await load(second!)))
  const { project: withVersion, version } = addVersion(freshVersions(), notice, '送审稿1')
  versions = withVersion
  const edited: Notice = JSON.parse(JSON.stringify(notice))
  edited.rectification.items[0]!.title = '导出之后改过的标题'
  await saveProject(versioned, edited, versions)
  const tracked = writeReviewed(await exportDocx(notice), notice, plan, 'tracked')
  writeFileSync(stamped, withDocumentId(tracked, versions.documentId, version.id))
  writeFileSync(foreign, withDocumentId(tracked, 'another-project', version.id))
})

describe('tongbao merge-review', () => {
  it('不加 --accept-all：按条目列出每处改动与作者、批注，不写文件', () => {
    const r = run('merge-review', project, reviewed, '-o', 'merged.tongbao')
    expect(r.status).toBe(0)
    expect(r.stdout).toContain('改写')
    expect(r.stdout).toContain('新增条目')
    expect(r.stdout).toContain('删除条目')
    expect(r.stdout).toContain('移动条目')
    expect(r.stdout).toContain(`修订人：${REVIEWER}`)
    expect(r.stdout).toContain('批注（审阅人乙）：请核实时间节点。')
    expect(r.stderr).toContain('加 --accept-all')
    expect(existsSync(join(dir, 'merged.tongbao'))).toBe(false)
  })

  it('--accept-all：写出的工程文件恰好有这些改动，条目字段都在', async () => {
    const r = run('merge-review', project, reviewed, '-o', 'merged.tongbao', '--accept-all')
    expect(r.stderr).toContain('已接受全部')
    expect(r.status).toBe(0)
    const merged = (await loadProject(join(dir, 'merged.tongbao'))).notice
    const expected = expectedNotice(notice, plan)
    const known = new Set(
      JSON.stringify(notice)
        .match(/"id":"[^"]+"/g)!
        .map((m) => m.slice(6, -1)),
    )
    expect(outline(merged.rectification.items, known)).toEqual(outline(expected.rectification.items, known))
  })

  it('另一份通报的 Word 文件：退出码 2，中文说明，不写文件', () => {
    const r = run('merge-review', project, other, '-o', 'wrong.tongbao', '--accept-all')
    expect(r.status).toBe(2)
    expect(r.stderr).toMatch(/与当前通报对不上/)
    expect(existsSync(join(dir, 'wrong.tongbao'))).toBe(false)
  })

  it('送审稿记下的文档编号与版本：以导出时的版本对照，导出后改过的条目不被覆盖，写出的工程保留标识与版本', async () => {
    const r = run('merge-review', versioned, stamped, '-o', 'merged-versioned.tongbao', '--accept-all')
    expect(r.status).toBe(0)
    const merged = await loadProject(join(dir, 'merged-versioned.tongbao'))
    expect(merged.notice.rectification.items[0]!.title).toBe('导出之后改过的标题')
    expect(merged.project?.documentId).toBe(versions.documentId)
    expect(merged.project?.versions.map((v) => v.id)).toEqual(versions.versions.map((v) => v.id))
  })

  it('别的工程导出的送审稿（文档编号不同）：退出码 2，说明，不写文件', () => {
    const r = run('merge-review', versioned, foreign, '-o', 'foreign.tongbao', '--accept-all')
    expect(r.status).toBe(2)
    expect(r.stderr).toMatch(/另一份通报导出/)
    expect(existsSync(join(dir, 'foreign.tongbao'))).toBe(false)
  })

  it('缺少审阅稿：说明用法', () => {
    const r = run('merge-review', project, '-o', 'x.tongbao')
    expect(r.status).toBe(2)
    expect(r.stderr).toContain('审阅稿')
  })
})
