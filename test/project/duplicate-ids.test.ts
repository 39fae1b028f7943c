// 重复的条目编号：粘贴与打开时修复（core 的纯函数），打开时给出提示。
import { describe, expect, it } from 'vitest'
import { repairDuplicateIds } from '../../core/model/ids'
import { Item } from '../../core/model/item'
import { readProject, serializeProject } from '../../core/project/project-file'
import { addVersion, freshVersions } from '../../core/project/versions'
import { sampleNotice } from '../support/sample-notice'

describe('repairDuplicateIds', () => {
  it('第一次出现的保留，重复的和已被占用的换新，位置报告出来', () => {
    let n = 0
    const fresh = () => `new${++n}`
    expect(repairDuplicateIds(['a', 'b', 'a', 'c', 'b'], new Set(['c']), fresh)).toEqual({
      ids: ['a', 'b', 'new1', 'new2', 'new3'],
      changed: [2, 3, 4],
    })
    expect(repairDuplicateIds(['a', 'b'])).toEqual({ ids: ['a', 'b'], changed: [] })
  })

  it('新编号与已有编号也不重复', () => {
    const queue = ['a', 'a', 'x']
    expect(repairDuplicateIds(['a', 'a'], new Set(), () => queue.shift()!).ids).toEqual(['a', 'x'])
  })
})

describe('打开带重复编号的工程文件', () => {
  it('换上新编号，内容不变，每处一条提示', () => {
    const notice = sampleNotice()
    const entries = [...Item.all(notice)]
    expect(entries.length).toBeGreaterThan(2)
    const text = serializeProject(notice).replaceAll(`"id": "${entries[1]!.item.id}"`, `"id": "${entries[0]!.item.id}"`)
    const { notice: loaded, findings } = readProject(new TextEncoder().encode(text))
    const ids = [...Item.all(loaded)].map((e) => e.item.id)
    expect(new Set(ids).size).toBe(ids.length)
    expect(ids[0]).toBe(entries[0]!.item.id)
    expect([...Item.all(loaded)].map((e) => e.item.title)).toEqual(entries.map((e) => e.item.title))
    expect(findings).toHaveLength(1)
    expect(findings[0]).toMatchObject({ rule: 'load-duplicate-id', severity: 'info', location: { path: entries[1]!.path } })
  })

  it('编号只在一份通报之内核对：每个版本各自修复，版本与当前通报共用编号（比较时认出同一条目）不算重复', () => {
    const notice = sampleNotice()
    const entries = [...Item.all(notice)]
    const snapshot = structuredClone(notice)
    snapshot.rectification.items[1]!.id = snapshot.rectification.items[0]!.id
    const project = addVersion(freshVersions(), snapshot, '送审稿1').project
    const {
      notice: loaded,
      findings,
      project: reopened,
    } = readProject(new TextEncoder().encode(serializeProject(notice, 'T', 'tongbao', project)))
    expect(loaded).toEqual(notice)
    expect(findings).toEqual([])
    const ids = [...Item.all(reopened.versions[0]!.notice)].map((e) => e.item.id)
    expect(new Set(ids).size).toBe(ids.length)
    expect(ids[0]).toBe(entries[0]!.item.id)
    expect(ids.filter((id) => entries.some((e) => e.item.id === id)).length).toBe(ids.length - 1)
  })

  it('没有重复时不提示', () => {
    expect(readProject(new TextEncoder().encode(serializeProject(sampleNotice()))).findings).toEqual([])
  })
})
