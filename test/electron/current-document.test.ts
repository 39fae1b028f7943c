// setCurrentDocument：页面换了文档时告诉主进程，“打开同一文件”切到对的窗口，“保存”写到对的文件。
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { PickedFile } from '../../core/bridge/host'
import { parseProject, serializeProject } from '../../core/project/project-file'
import { APP_ENTRY_URL } from '../../electron/main/security/app-protocol'
import { sampleNotice } from '../support/sample-notice'
import { type Desk, type FakeWindow, makeDesk, fileOf, type Saved, type AnySave } from './support/fakes'

let desk: Desk
beforeEach(async () => {
  desk = await makeDesk()
})
afterEach(() => desk.cleanup())

const projectText = (title: string) => {
  const n = sampleNotice()
  n.title.override = title
  return serializeProject(n)
}

async function writeProject(name: string, title = '通报甲'): Promise<string> {
  const path = join(desk.docs, name)
  await writeFile(path, projectText(title))
  return path
}

/** 在窗口里打开一份工程文件（经打开对话框）。 */
async function openIn(win: FakeWindow, path: string): Promise<PickedFile> {
  desk.dialogs.willOpen(path)
  return fileOf(await desk.call(win, 'pickFile', 'open'))
}

const refOf = (win: FakeWindow) => desk.app.windows.fromWindow(win)?.ref ?? null

describe('页面换了文档', () => {
  it('在窗口里新建了文档后，系统再交来原来的文件时开新窗口，而不是切回这个已不显示它的窗口', async () => {
    const path = await writeProject('甲.tongbao')
    const first = desk.app.newWindow().window
    await openIn(first, path)
    await desk.call(first, 'setCurrentDocument', null)
    expect(refOf(first)).toBeNull()
    first.focused = false
    expect(await desk.app.openPaths([path])).toBe(1)
    expect(desk.windows).toHaveLength(2)
    expect(first.focused).toBe(false)
  })

  it('导入 Word 之后（页面报告无路径），原来的工程文件可以在别的窗口打开', async () => {
    const path = await writeProject('甲.tongbao')
    const docx = join(desk.docs, '原文.docx')
    await writeFile(docx, new Uint8Array([0x50, 0x4b, 3, 4]))
    const first = desk.app.newWindow().window
    await openIn(first, path)
    desk.dialogs.willOpen(docx)
    await desk.call(first, 'pickFile', 'import')
    await desk.call(first, 'setCurrentDocument', { path: null, name: '原文.docx' })
    const second = desk.app.newWindow().window
    expect((await openIn(second, path))?.ref.path).toBe(path)
  })

  it('另存为之后，“打开同一文件”切到这个窗口，再次保存直接写入新文件', async () => {
    const first = desk.app.newWindow().window
    desk.dialogs.willSaveAs(join(desk.docs, '乙'))
    const saved = (await desk.call(first, 'saveProject', null, projectText('第一版'), { saveAs: true })) as Saved
    await desk.call(first, 'setCurrentDocument', saved.ref)
    expect(refOf(first)).toEqual({ path: join(desk.docs, '乙.tongbao'), name: '乙.tongbao' })
    first.focused = false
    await desk.app.openPaths([saved.ref.path!])
    expect(first.focused).toBe(true)
    expect(desk.windows).toHaveLength(1)
    const again = (await desk.call(first, 'saveProject', saved.ref, projectText('第二版'), { saveAs: false })) as AnySave
    expect(again.kind).toBe('saved')
    expect(desk.dialogs.ofKind('save')).toHaveLength(1)
    expect(parseProject(await readFile(saved.ref.path!)).title.override).toBe('第二版')
  })
})

describe('页面说的路径不可信', () => {
  it('本窗口从没打开过的文件：不采纳，之后的“保存”不写那里', async () => {
    const victim = await writeProject('别人的.tongbao', '别人的')
    const win = desk.app.newWindow().window
    await desk.call(win, 'setCurrentDocument', { path: victim, name: '别人的.tongbao' })
    expect(refOf(win)).toBeNull()
    desk.dialogs.willSaveAs(null)
    const result = (await desk.call(win, 'saveProject', { path: victim, name: '别人的.tongbao' }, projectText('覆盖'), {
      saveAs: false,
    })) as AnySave
    expect(result.kind).toBe('cancelled')
    expect(parseProject(await readFile(victim)).title.override).toBe('别人的')
  })

  it('导入用的 Word 文件虽经对话框选过，也不会成为“保存”覆盖的目标', async () => {
    const docx = join(desk.docs, '原文.docx')
    await writeFile(docx, new Uint8Array([0x50, 0x4b, 3, 4]))
    const win = desk.app.newWindow().window
    desk.dialogs.willOpen(docx)
    await desk.call(win, 'pickFile', 'import')
    await desk.call(win, 'setCurrentDocument', { path: docx, name: '原文.docx' })
    expect(refOf(win)).toBeNull()
    desk.dialogs.willSaveAs(null)
    await desk.call(win, 'saveProject', { path: docx, name: '原文.docx' }, projectText('x'), { saveAs: false })
    expect([...(await readFile(docx))]).toEqual([0x50, 0x4b, 3, 4])
  })

  it('已在另一个窗口打开的文件：不采纳（一个文件一个窗口）', async () => {
    const path = await writeProject('甲.tongbao')
    const first = desk.app.newWindow().window
    await openIn(first, path)
    const second = desk.app.newWindow().window
    desk.app.windows.fromWindow(second)!.knownPaths.add(path) // 例如早先在这个窗口里打开过
    await desk.call(second, 'setCurrentDocument', { path, name: '甲.tongbao' })
    expect(refOf(second)).toBeNull()
    expect(refOf(first)?.path).toBe(path)
  })

  it('不合模式的载荷和陌生页面的请求被丢弃，窗口的文档不变', async () => {
    const path = await writeProject('甲.tongbao')
    const win = desk.app.newWindow().window
    await openIn(win, path)
    for (const bad of [['甲.tongbao'], [{ path, name: '甲.tongbao', extra: 1 }], [{ path: 'x'.repeat(5000), name: 'x' }], []])
      await desk.call(win, 'setCurrentDocument', ...bad)
    await desk.callAs(
      { sender: { id: win.webContents.id }, senderFrame: { url: 'https://evil.example/', parent: null } },
      'setCurrentDocument',
      null,
    )
    await desk.callAs({ sender: { id: win.webContents.id }, senderFrame: { url: APP_ENTRY_URL, parent: {} } }, 'setCurrentDocument', null)
    expect(refOf(win)?.path).toBe(path)
  })
})
