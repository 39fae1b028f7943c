// 迁移链：每一步一个测试。旧版本的文件打开后等于同样内容的新版本通报，再保存就是新版本。
import { describe, expect, it } from 'vitest'
import type { Notice } from '../../core/model/notice'
import { MIGRATIONS } from '../../core/project/migrations'
import { FORMAT_VERSION, parseProject, readProject, serializeProject } from '../../core/project/project-file'
import { addVersion, freshVersions } from '../../core/project/versions'
import { sampleNotice } from '../support/sample-notice'

const encode = (s: string) => new TextEncoder().encode(s)

/** 按某个旧版本写出的文件：信封里的版本号是旧的，内容是那一版的形状。 */
function fileOfVersion(version: number, notice: unknown): Uint8Array {
  return encode(JSON.stringify({ format: 'tongbao', formatVersion: version, app: 'tongbao', savedAt: '2024-01-01T00:00:00Z', notice }))
}

describe('迁移链', () => {
  it('链从 1 连续走到当前版本，没有缺步也没有两个同号的步', () => {
    expect([...MIGRATIONS.keys()].sort((a, b) => a - b)).toEqual(Array.from({ length: FORMAT_VERSION - 1 }, (_, i) => i + 1))
  })

  it('1 → 2：版本 1 的文件（没有待确认、责任领导、签发稿设置）打开后内容不变，另存为版本 2', () => {
    const v1 = sampleNotice()
    expect(JSON.stringify(v1)).not.toMatch(/statusPending|leader|signOff/)
    const opened = parseProject(fileOfVersion(1, v1))
    expect(opened).toEqual(v1)
    expect(JSON.parse(serializeProject(opened)).formatVersion).toBe(FORMAT_VERSION)
  })

  it('2 → 3：版本 2 的文件（没有关联台账）打开后内容不变，另存为版本 3；关联台账保存再打开都在', () => {
    const v2 = sampleNotice()
    v2.rectification.items[0]!.leader = '李四'
    expect(JSON.stringify(v2)).not.toMatch(/"ledger"/)
    const opened = parseProject(fileOfVersion(2, v2))
    expect(opened).toEqual(v2)
    expect(JSON.parse(serializeProject(opened)).formatVersion).toBe(FORMAT_VERSION)
    const linked: Notice = {
      ...opened,
      ledger: {
        file: '台账.xlsx',
        sheet: '问题清单',
        importedOn: '2024-05-06',
        aspects: 2,
        problems: 3,
        measures: 4,
        done: 2,
        basicallyDone: 1,
        ongoing: 0,
      },
    }
    expect(parseProject(encode(serializeProject(linked))).ledger).toEqual(linked.ledger)
  })

  it('版本 2 的文件里若出现版本 3 的关联台账且内容不对，照样报内容损坏', () => {
    const bad = sampleNotice() as unknown as { ledger: unknown }
    bad.ledger = { file: '台账.xlsx', problems: -1 }
    expect(() => parseProject(fileOfVersion(2, bad))).toThrow(/损坏|不完整/)
  })

  it('版本 2 的新字段保存再打开都在', () => {
    const n: Notice = sampleNotice()
    const item = n.rectification.items[0]!
    item.statusPending = true
    item.leader = '张三'
    n.signOff = {
      orgMarks: ['中共青山县委', '青山县人民政府'],
      docNumber: '青委〔2024〕5号',
      signer: null,
      cc: ['县纪委县监委'],
      printer: null,
      printDate: null,
      profile: 'gbk',
      redhead: true,
      banji: true,
    }
    const reopened = parseProject(encode(serializeProject(n)))
    expect(reopened.rectification.items[0]!.statusPending).toBe(true)
    expect(reopened.rectification.items[0]!.leader).toBe('张三')
    expect(reopened.signOff).toEqual(n.signOff)
  })

  it('3 → 4：版本 3 的文件打开后通报不变，得到一个新的工程标识、没有版本；另存为版本 4，标识从此不变', () => {
    const v3 = sampleNotice()
    const opened = readProject(fileOfVersion(3, v3))
    expect(opened.notice).toEqual(v3)
    expect(opened.project.versions).toEqual([])
    expect(opened.project.documentId).toMatch(/^[0-9a-f-]{36}$/)
    // 两次打开同一个旧文件各得一个标识（文件没改）；存成版本 4 之后，再打开都是同一个。
    expect(readProject(fileOfVersion(3, v3)).project.documentId).not.toBe(opened.project.documentId)
    const saved = serializeProject(opened.notice, 'T', 'tongbao', opened.project)
    expect(JSON.parse(saved).formatVersion).toBe(4)
    expect(readProject(encode(saved)).project.documentId).toBe(opened.project.documentId)
    expect(readProject(encode(saved)).project.documentId).toBe(readProject(encode(saved)).project.documentId)
  })

  it('版本 4：保存的版本与当前通报同一格式，保存再打开一个不少；版本里的通报不合模型时报内容损坏', () => {
    const n = sampleNotice()
    const earlier = structuredClone(n)
    earlier.title.override = '较早的标题'
    const project = addVersion(
      addVersion(freshVersions(), earlier, '送审稿1', { now: new Date('2024-05-01T00:00:00Z') }).project,
      n,
      '修改稿2',
    ).project
    const reopened = readProject(encode(serializeProject(n, 'T', 'tongbao', project)))
    expect(reopened.project).toEqual(project)
    expect(reopened.project.versions.map((v) => v.name)).toEqual(['送审稿1', '修改稿2'])
    const bad = JSON.parse(serializeProject(n, 'T', 'tongbao', project))
    bad.versions[0].notice.meta.kind = '巡查'
    expect(() => readProject(encode(JSON.stringify(bad)))).toThrow(/损坏|不完整/)
  })

  it('版本 1 的文件里若出现版本 2 的字段，照样按内容校验（迁移不吞掉错误）', () => {
    const bad = sampleNotice() as unknown as { signOff: unknown }
    bad.signOff = { orgMarks: 'not-an-array' }
    expect(() => parseProject(fileOfVersion(1, bad))).toThrow(/损坏|不完整/)
  })
})
