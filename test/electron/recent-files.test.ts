// 最近文件列表。
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { MAX_RECENT_FILES, RecentFiles } from '../../electron/main/files/recent-files'

/** 最近文件：新的在前、去重、有上限、剔除已删除的文件，存储损坏也不影响启动。 */

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tongbao-recent-'))
})
afterEach(() => rm(dir, { recursive: true, force: true }))

async function files(...names: string[]): Promise<string[]> {
  const paths = names.map((n) => join(dir, n))
  for (const p of paths) await writeFile(p, 'x')
  return paths
}

describe('RecentFiles', () => {
  it('最近打开的在最前；再次打开的移到最前，不重复', async () => {
    const [a, b, c] = await files('a.tongbao', 'b.tongbao', 'c.tongbao')
    const recent = new RecentFiles(join(dir, 'userData', 'recent.json'))
    for (const p of [a!, b!, c!, a!]) await recent.add(p)
    expect((await recent.list()).map((f) => f.name)).toEqual(['a.tongbao', 'c.tongbao', 'b.tongbao'])
  })

  it(`最多 ${MAX_RECENT_FILES} 项，挤掉最早的`, async () => {
    const paths = await files(...Array.from({ length: MAX_RECENT_FILES + 3 }, (_, i) => `${i}.tongbao`))
    const recent = new RecentFiles(join(dir, 'recent.json'))
    for (const p of paths) await recent.add(p)
    const list = await recent.list()
    expect(list).toHaveLength(MAX_RECENT_FILES)
    expect(list[0]!.name).toBe(`${MAX_RECENT_FILES + 2}.tongbao`)
    expect(list.map((f) => f.name)).not.toContain('0.tongbao')
  })

  it('重启后仍在（存为 JSON）', async () => {
    const [a] = await files('a.tongbao')
    await new RecentFiles(join(dir, 'recent.json')).add(a!)
    expect((await new RecentFiles(join(dir, 'recent.json')).list()).map((f) => f.path)).toEqual([a])
  })

  it('已被删除或移走的文件不再列出，也从存储里去掉', async () => {
    const [a, b] = await files('a.tongbao', 'b.tongbao')
    const recent = new RecentFiles(join(dir, 'recent.json'))
    await recent.add(a!)
    await recent.add(b!)
    await rm(a!)
    expect((await recent.list()).map((f) => f.path)).toEqual([b])
    expect(await recent.includes(a!)).toBe(false)
  })

  it.each(['', '{', '[]', '{"version":2,"files":[]}', '{"version":1,"files":[{"path":3}]}'])(
    '存储内容 %j 损坏时当作空列表',
    async (text) => {
      await writeFile(join(dir, 'recent.json'), text)
      const recent = new RecentFiles(join(dir, 'recent.json'))
      expect(await recent.list()).toEqual([])
      const [a] = await files('a.tongbao')
      await recent.add(a!)
      expect((await recent.list()).map((f) => f.path)).toEqual([a])
    },
  )

  it('Windows 上路径不分大小写：同一文件只占一项', async () => {
    const recent = new RecentFiles(join(dir, 'recent.json'), 'win32')
    await recent.add('C:\\Users\\u\\文档\\甲.tongbao')
    await recent.add('c:/users/U/文档/甲.TONGBAO')
    expect(await recent.includes('C:\\USERS\\u\\文档\\甲.tongbao')).toBe(true)
    await recent.remove('c:\\users\\u\\文档\\甲.tongbao')
    expect(await recent.includes('C:\\Users\\u\\文档\\甲.tongbao')).toBe(false)
  })

  it('清除后为空', async () => {
    const [a] = await files('a.tongbao')
    const recent = new RecentFiles(join(dir, 'recent.json'))
    await recent.add(a!)
    await recent.clear()
    expect(await recent.list()).toEqual([])
  })
})
