// 自动保存与崩溃恢复。
import { existsSync } from 'node:fs'
import { readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { PickedFile, RecoveryItem } from '../../core/bridge/host'
import { parseProject, readProject, serializeProject } from '../../core/project/project-file'
import { addVersion, freshVersions } from '../../core/project/versions'
import { sampleNotice } from '../support/sample-notice'
import { type Desk, makeDesk, until, textOf, type AnySave } from './support/fakes'

/** 自动保存与崩溃恢复：副本放在应用数据目录，下次启动可恢复；正常保存或关闭后删除。 */

let desk: Desk
beforeEach(async () => {
  desk = await makeDesk()
})
afterEach(() => desk.cleanup())

const textTitled = (title: string) => {
  const n = sampleNotice()
  n.title.override = title
  return serializeProject(n)
}
/** 自动保存交给宿主的是工程文件的 UTF-8 字节（在 Worker 里写好转移过来的） */
const utf8 = (text: string) => new TextEncoder().encode(text)
const recoveryFiles = async () => (existsSync(join(desk.userData, 'recovery')) ? await readdir(join(desk.userData, 'recovery')) : [])

describe('自动保存', () => {
  it('写到应用数据目录，不碰用户的文件', async () => {
    const path = join(desk.docs, '甲.tongbao')
    await writeFile(path, textTitled('磁盘上的版本'))
    const win = desk.app.newWindow().window
    desk.dialogs.willOpen(path)
    await desk.call(win, 'pickFile', 'open')
    await desk.call(win, 'autosave', 'session-1', { path, name: '甲.tongbao' }, utf8(textTitled('改到一半')), '改到一半')
    expect(parseProject(await readFile(path)).title.override).toBe('磁盘上的版本')
    expect(await recoveryFiles()).toHaveLength(1)
  })

  it('崩溃后重新启动：列出副本，恢复出的正是崩溃前的内容，保存回原文件', async () => {
    const path = join(desk.docs, '甲.tongbao')
    await writeFile(path, textTitled('磁盘上的版本'))
    const crashed = desk.app.newWindow().window
    desk.dialogs.willOpen(path)
    await desk.call(crashed, 'pickFile', 'open')
    await desk.call(crashed, 'setDirty', true, '改到一半')
    await desk.call(crashed, 'autosave', 'session-1', { path, name: '甲.tongbao' }, utf8(textTitled('改到一半')), '改到一半')
    // 页面进程崩溃、窗口随后被销毁：副本要留下。
    desk.app.onRendererGone(crashed)
    crashed.close()
    expect(await recoveryFiles()).toHaveLength(1)

    const next = desk.app.newWindow().window
    const items = (await desk.call(next, 'listRecovery')) as RecoveryItem[]
    expect(items).toHaveLength(1)
    expect(items[0]).toMatchObject({ title: '改到一半', documentPath: path })
    const text = textOf(await desk.call(next, 'restoreRecovery', items[0]!.id))
    expect(parseProject(new TextEncoder().encode(text)).title.override).toBe('改到一半')

    // 恢复出来的文档“保存”写回原文件，不再问位置；副本随之删除。
    const saved = (await desk.call(next, 'saveProject', { path, name: '甲.tongbao' }, text, { saveAs: false })) as AnySave
    expect(saved.kind).toBe('saved')
    expect(desk.dialogs.ofKind('save')).toEqual([])
    expect(parseProject(await readFile(path)).title.override).toBe('改到一半')
    expect(await recoveryFiles()).toEqual([])
  })

  it('版本与工程标识经自动保存、崩溃恢复、再保存都在', async () => {
    const n = sampleNotice()
    const earlier = structuredClone(n)
    earlier.title.override = '送审时的标题'
    const project = addVersion(freshVersions(), earlier, '送审稿1').project
    const crashed = desk.app.newWindow().window
    await desk.call(crashed, 'autosave', 'session-v', null, utf8(serializeProject(n, undefined, undefined, project)), '有版本的')
    desk.app.onRendererGone(crashed)
    crashed.close()
    const next = desk.app.newWindow().window
    const item = ((await desk.call(next, 'listRecovery')) as RecoveryItem[]).find((r) => r.title === '有版本的')!
    const text = textOf(await desk.call(next, 'restoreRecovery', item.id))
    expect(readProject(new TextEncoder().encode(text)).project).toEqual(project)
    const path = join(desk.docs, '有版本的.tongbao')
    desk.dialogs.willSaveAs(path)
    await desk.call(next, 'saveProject', null, text, { saveAs: false })
    expect(readProject(await readFile(path)).project).toEqual(project)
  })

  it('同一窗口里从上一轮新建的文档崩溃后恢复：不会“保存”到上一轮的文件上', async () => {
    const previous = join(desk.docs, '上一轮.tongbao')
    await writeFile(previous, textTitled('上一轮'))
    const crashed = desk.app.newWindow().window
    desk.dialogs.willOpen(previous)
    await desk.call(crashed, 'pickFile', 'open')
    // 页面随后在同一窗口里开始新一轮的文档（还没有路径），并自动保存。
    await desk.call(crashed, 'autosave', 'session-2', null, utf8(textTitled('本轮')), '本轮')
    desk.app.onRendererGone(crashed)
    crashed.close()

    const next = desk.app.newWindow().window
    const [item] = (await desk.call(next, 'listRecovery')) as RecoveryItem[]
    expect(item!.documentPath).toBeNull()
    const text = textOf(await desk.call(next, 'restoreRecovery', item!.id))
    desk.dialogs.willSaveAs(null)
    const result = (await desk.call(next, 'saveProject', { path: previous, name: '上一轮.tongbao' }, text, { saveAs: false })) as AnySave
    expect(result.kind).toBe('cancelled')
    expect(parseProject(await readFile(previous)).title.override).toBe('上一轮')
  })

  it('页面自称的路径不是本窗口的文件：副本里不记这个路径', async () => {
    const win = desk.app.newWindow().window
    await desk.call(win, 'autosave', 'k', { path: '/etc/important.tongbao', name: 'x' }, utf8(textTitled('甲')), '甲')
    desk.app.onRendererGone(win)
    win.close()
    const other = desk.app.newWindow().window
    expect(((await desk.call(other, 'listRecovery')) as RecoveryItem[]).map((i) => i.documentPath)).toEqual([null])
  })

  it('另一个窗口正在用的自动保存不出现在恢复列表里', async () => {
    const a = desk.app.newWindow().window
    await desk.call(a, 'autosave', 'session-a', null, utf8(textTitled('甲')), '甲')
    const b = desk.app.newWindow().window
    expect(await desk.call(b, 'listRecovery')).toEqual([])
  })

  it('丢弃：列出的副本真的删掉，下次启动不再出现', async () => {
    const a = desk.app.newWindow().window
    await desk.call(a, 'autosave', 'session-a', null, utf8(textTitled('甲')), '甲')
    desk.app.onRendererGone(a)
    a.close()
    const b = desk.app.newWindow().window
    const [item] = (await desk.call(b, 'listRecovery')) as RecoveryItem[]
    expect(await desk.call(b, 'discardRecovery', item!.id)).toEqual({ ok: true })
    expect(await recoveryFiles()).toEqual([])
    const c = desk.app.newWindow().window
    expect(await desk.call(c, 'listRecovery')).toEqual([])
  })

  it('丢弃不了别的窗口正在编辑的副本', async () => {
    const a = desk.app.newWindow().window
    await desk.call(a, 'autosave', 'session-a', null, utf8(textTitled('甲')), '甲')
    desk.app.onRendererGone(a)
    a.close()
    const b = desk.app.newWindow().window
    const [item] = (await desk.call(b, 'listRecovery')) as RecoveryItem[]
    await desk.call(b, 'restoreRecovery', item!.id)
    const c = desk.app.newWindow().window
    expect(await desk.call(c, 'discardRecovery', item!.id)).toMatchObject({ ok: false, code: 'recovery.in-use' })
    expect(await recoveryFiles()).toHaveLength(1)
  })

  it('一份副本只能恢复到一个窗口', async () => {
    const a = desk.app.newWindow().window
    await desk.call(a, 'autosave', 'session-a', null, utf8(textTitled('甲')), '甲')
    desk.app.onRendererGone(a)
    a.close()
    const b = desk.app.newWindow().window
    const c = desk.app.newWindow().window
    const [item] = (await desk.call(b, 'listRecovery')) as RecoveryItem[]
    await desk.call(b, 'restoreRecovery', item!.id)
    expect(await desk.call(c, 'listRecovery')).toEqual([])
    await expect(desk.call(c, 'restoreRecovery', item!.id)).resolves.toMatchObject({ ok: false, code: 'recovery.in-use' })
  })

  it('正常保存后删除自动保存副本', async () => {
    const win = desk.app.newWindow().window
    await desk.call(win, 'autosave', 'k', null, utf8(textTitled('甲')), '甲')
    desk.dialogs.willSaveAs(join(desk.docs, '甲.tongbao'))
    await desk.call(win, 'saveProject', null, textTitled('甲'), { saveAs: false })
    expect(await recoveryFiles()).toEqual([])
  })

  it('没有未保存修改时关窗，删除自动保存副本', async () => {
    const win = desk.app.newWindow().window
    await desk.call(win, 'autosave', 'k', null, utf8(textTitled('甲')), '甲')
    await desk.call(win, 'setDirty', false, '甲')
    win.close()
    await until(async () => (await recoveryFiles()).length === 0)
  })

  it('discardAutosave 删除该会话的副本', async () => {
    const win = desk.app.newWindow().window
    await desk.call(win, 'autosave', 'k', null, utf8(textTitled('甲')), '甲')
    await desk.call(win, 'discardAutosave', 'k')
    expect(await recoveryFiles()).toEqual([])
  })

  it('副本里存的就是页面交来的工程文件（核对过，不按模型重写一遍）', async () => {
    const win = desk.app.newWindow().window
    const text = textTitled('原样')
    await desk.call(win, 'autosave', 'k', null, utf8(text), '原样')
    const [name] = await recoveryFiles()
    const envelope = JSON.parse(await readFile(join(desk.userData, 'recovery', name!), 'utf8')) as { project: string }
    expect(envelope.project).toBe(text)
  })

  it('信封里没有工程文件的副本（手改坏了）不列出，其余照常', async () => {
    const win = desk.app.newWindow().window
    await desk.call(win, 'autosave', 'good', null, utf8(textTitled('好的')), '好的')
    await desk.call(win, 'autosave', 'bad', null, utf8(textTitled('坏的')), '坏的')
    desk.app.onRendererGone(win)
    win.close()
    for (const name of await recoveryFiles()) {
      const file = join(desk.userData, 'recovery', name)
      const envelope = JSON.parse(await readFile(file, 'utf8')) as { title: string; project?: unknown }
      if (envelope.title === '坏的') await writeFile(file, JSON.stringify({ ...envelope, project: 42 }))
    }
    const next = desk.app.newWindow().window
    expect(((await desk.call(next, 'listRecovery')) as RecoveryItem[]).map((i) => i.title)).toEqual(['好的'])
  })

  it('内容无效的自动保存被拒绝，不留下副本', async () => {
    const win = desk.app.newWindow().window
    await expect(desk.call(win, 'autosave', 'k', null, utf8('{"format":"tongbao"}'), 't')).resolves.toMatchObject({
      ok: false,
      code: 'autosave.invalid-project',
    })
    expect(await recoveryFiles()).toEqual([])
  })
})

describe('启动时交给窗口的文件', () => {
  it('initialFile 交出一次即清空（页面重新加载不会再打开一遍）', async () => {
    const path = join(desk.docs, '甲.tongbao')
    await writeFile(path, textTitled('甲'))
    await desk.app.start([path])
    const win = desk.windows[0]!
    const file = (await desk.call(win, 'initialFile')) as PickedFile
    expect(file.ref.path).toBe(path)
    expect(await desk.call(win, 'initialFile')).toBeNull()
  })
})
