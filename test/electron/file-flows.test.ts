// 打开、保存、另存为、导出、最近文件的用户流程。
import { existsSync } from 'node:fs'
import { readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { formatMessage } from '../../core/messages/format'
import type { Failure } from '../../core/bridge/host'
import { parseProject, serializeProject } from '../../core/project/project-file'
import { sampleNotice } from '../support/sample-notice'
import { type Desk, makeDesk, fileOf, type Saved, type AnySave } from './support/fakes'

/** 打开、保存、另存为、导出、最近文件：在假的对话框和真的临时目录上走一遍用户的操作。 */

let desk: Desk
beforeEach(async () => {
  desk = await makeDesk()
})
afterEach(() => desk.cleanup())

const projectText = (title = '通报甲') => {
  const n = sampleNotice()
  n.title.override = title
  return serializeProject(n)
}

async function writeProject(name: string, title = '通报甲'): Promise<string> {
  const path = join(desk.docs, name)
  await writeFile(path, projectText(title))
  return path
}

describe('打开', () => {
  it('选中工程文件：交回文件字节，并记入最近文件', async () => {
    const path = await writeProject('甲.tongbao')
    const win = desk.app.newWindow().window
    desk.dialogs.willOpen(path)
    const picked = fileOf(await desk.call(win, 'pickFile', 'open'))
    expect(picked.ref).toEqual({ path, name: '甲.tongbao' })
    expect(parseProject(picked.bytes).title.override).toBe('通报甲')
    expect((await desk.recent.list()).map((f) => f.path)).toEqual([path])
    expect(desk.dialogs.ofKind('open')[0]).toMatchObject({ filters: [{ extensions: ['tongbao'] }] })
  })

  it('取消对话框时得到 null', async () => {
    const win = desk.app.newWindow().window
    desk.dialogs.willOpen(null)
    expect(fileOf(await desk.call(win, 'pickFile', 'open'))).toBeNull()
  })

  it('损坏的工程文件给出中文说明，之后的“保存”不会写到它上面', async () => {
    const broken = join(desk.docs, '坏.tongbao')
    await writeFile(broken, '{"format":"tongbao",')
    const win = desk.app.newWindow().window
    desk.dialogs.willOpen(broken)
    await expect(desk.call(win, 'pickFile', 'open')).resolves.toMatchObject({ ok: false, code: 'open.not-json' })
    desk.dialogs.willSaveAs(null)
    const result = (await desk.call(win, 'saveProject', { path: broken, name: '坏.tongbao' }, projectText(), { saveAs: false })) as AnySave
    expect(result.kind).toBe('cancelled')
    expect(await readFile(broken, 'utf8')).toBe('{"format":"tongbao",')
  })

  it('已在别的窗口打开的文件：切到那个窗口，不再打开第二份', async () => {
    const path = await writeProject('甲.tongbao')
    const first = desk.app.newWindow().window
    desk.dialogs.willOpen(path)
    await desk.call(first, 'pickFile', 'open')
    first.focused = false
    const second = desk.app.newWindow().window
    desk.dialogs.willOpen(path)
    expect(fileOf(await desk.call(second, 'pickFile', 'open'))).toBeNull()
    expect(first.focused).toBe(true)
  })

  it('窗口里换成了新文档之后，原来的文件可以在别的窗口打开', async () => {
    const path = await writeProject('甲.tongbao')
    const first = desk.app.newWindow().window
    desk.dialogs.willOpen(path)
    await desk.call(first, 'pickFile', 'open')
    // 页面在同一窗口里新建了一份（还没有路径），自动保存时如实报告。
    await desk.call(first, 'autosave', 'new-doc', null, new TextEncoder().encode(projectText('新的')), '新的')
    const second = desk.app.newWindow().window
    desk.dialogs.willOpen(path)
    const picked = fileOf(await desk.call(second, 'pickFile', 'open'))
    expect(picked?.ref.path).toBe(path)
  })

  it('导入的 Word 文件不会被“保存”覆盖：保存时要求另选位置', async () => {
    const docx = join(desk.docs, '原文.docx')
    await writeFile(docx, new Uint8Array([0x50, 0x4b, 3, 4]))
    const win = desk.app.newWindow().window
    desk.dialogs.willOpen(docx)
    const picked = fileOf(await desk.call(win, 'pickFile', 'import'))
    expect(picked.ref.name).toBe('原文.docx')
    expect(desk.dialogs.ofKind('open')[0]).toMatchObject({ filters: [{ extensions: expect.arrayContaining(['docx', 'txt', 'html']) }] })
    desk.dialogs.willSaveAs(join(desk.docs, '新通报'))
    const result = (await desk.call(win, 'saveProject', picked.ref, projectText(), { saveAs: false })) as AnySave
    expect(result).toMatchObject({ kind: 'saved', ref: { path: join(desk.docs, '新通报.tongbao') } })
    expect([...(await readFile(docx))]).toEqual([0x50, 0x4b, 3, 4])
    expect((await desk.recent.list()).map((f) => f.path)).toEqual([join(desk.docs, '新通报.tongbao')])
  })
})

describe('保存', () => {
  it('新文档第一次保存：弹出另存为（.tongbao），补上扩展名，写入文件', async () => {
    const win = desk.app.newWindow().window
    desk.dialogs.willSaveAs(join(desk.docs, '第一轮'))
    const result = (await desk.call(win, 'saveProject', null, projectText(), { saveAs: false })) as AnySave
    const path = join(desk.docs, '第一轮.tongbao')
    expect(result).toMatchObject({ kind: 'saved', ref: { path, name: '第一轮.tongbao' } })
    expect(parseProject(await readFile(path)).title.override).toBe('通报甲')
    expect(desk.dialogs.ofKind('save')[0]).toMatchObject({ filters: [{ extensions: ['tongbao'] }] })
  })

  it('再次保存直接写回原文件，上一版留作 .bak', async () => {
    const win = desk.app.newWindow().window
    desk.dialogs.willSaveAs(join(desk.docs, '甲.tongbao'))
    const first = (await desk.call(win, 'saveProject', null, projectText('第一版'), { saveAs: false })) as Saved
    const second = (await desk.call(win, 'saveProject', first.ref, projectText('第二版'), { saveAs: false })) as AnySave
    expect(second.kind).toBe('saved')
    expect(desk.dialogs.ofKind('save')).toHaveLength(1)
    expect(parseProject(await readFile(first.ref.path!)).title.override).toBe('第二版')
    expect(parseProject(await readFile(first.ref.path + '.bak')).title.override).toBe('第一版')
  })

  it('页面自称的路径不是本窗口打开的文件：不写那里，改为弹出另存为', async () => {
    const victim = join(desk.docs, '别人的.tongbao')
    await writeFile(victim, 'original')
    const win = desk.app.newWindow().window
    desk.dialogs.willSaveAs(null)
    const result = (await desk.call(win, 'saveProject', { path: victim, name: '别人的.tongbao' }, projectText(), {
      saveAs: false,
    })) as AnySave
    expect(result.kind).toBe('cancelled')
    expect(await readFile(victim, 'utf8')).toBe('original')
  })

  it('另存为总是弹出对话框，之后“保存”写到新文件', async () => {
    const path = await writeProject('甲.tongbao')
    const win = desk.app.newWindow().window
    desk.dialogs.willOpen(path)
    const picked = fileOf(await desk.call(win, 'pickFile', 'open'))
    desk.dialogs.willSaveAs(join(desk.docs, '乙.tongbao'))
    const saved = (await desk.call(win, 'saveProject', picked.ref, projectText('乙'), { saveAs: true })) as Saved
    expect(saved.ref.name).toBe('乙.tongbao')
    await desk.call(win, 'saveProject', saved.ref, projectText('乙二'), { saveAs: false })
    expect(parseProject(await readFile(join(desk.docs, '乙.tongbao'))).title.override).toBe('乙二')
    expect(parseProject(await readFile(path)).title.override).toBe('通报甲')
  })

  it('内容不是有效的工程文件：不写盘，返回中文说明', async () => {
    const win = desk.app.newWindow().window
    desk.dialogs.willSaveAs(join(desk.docs, '坏.tongbao'))
    const result = (await desk.call(win, 'saveProject', null, '{"not":"a notice"}', { saveAs: false })) as AnySave
    expect(result).toMatchObject({ ok: false, code: 'save.invalid-project' })
    expect(formatMessage(result as Failure)).toMatch(/^无法保存：要保存的内容不是有效的整改通报（这是一个 JSON 文件/)
    expect(existsSync(join(desk.docs, '坏.tongbao'))).toBe(false)
  })

  it('写不进去（文件夹已不存在）：返回说明下一步的中文，而不是抛错', async () => {
    const win = desk.app.newWindow().window
    desk.dialogs.willSaveAs(join(desk.docs, '已拔出的U盘', '甲.tongbao'))
    const result = (await desk.call(win, 'saveProject', null, projectText(), { saveAs: false })) as AnySave
    expect(result).toEqual({ ok: false, code: 'write.ENOENT', params: { name: '甲.tongbao' } })
    expect(formatMessage(result as Failure)).toMatch(/^无法保存「甲\.tongbao」：.*。请/)
  })

  it('另存为的目标正在别的窗口打开：拒绝，两份文档都不受影响', async () => {
    const path = await writeProject('甲.tongbao')
    const a = desk.app.newWindow().window
    desk.dialogs.willOpen(path)
    await desk.call(a, 'pickFile', 'open')
    const b = desk.app.newWindow().window
    desk.dialogs.willSaveAs(path)
    const result = (await desk.call(b, 'saveProject', null, projectText('乙'), { saveAs: false })) as AnySave
    expect(result).toMatchObject({ ok: false, code: 'save.open-elsewhere' })
    expect(parseProject(await readFile(path)).title.override).toBe('通报甲')
  })
})

describe('导出', () => {
  it('Word：保存对话框只列 .docx，写入字节，之后可“在文件夹中显示”', async () => {
    const win = desk.app.newWindow().window
    desk.dialogs.willSaveAs(join(desk.docs, '通报'))
    const bytes = new Uint8Array([0x50, 0x4b, 1, 2, 3])
    const result = (await desk.call(win, 'saveExport', bytes, '青山县委 整改通报.docx', 'docx')) as Saved
    expect(result.ref.path).toBe(join(desk.docs, '通报.docx'))
    expect([...(await readFile(result.ref.path!))]).toEqual([...bytes])
    const dialog = desk.dialogs.ofKind('save')[0]!
    expect(dialog).toMatchObject({ filters: [{ extensions: ['docx'] }] })
    expect((dialog as { defaultPath: string }).defaultPath).toMatch(/青山县委 整改通报\.docx$/)
    await desk.call(win, 'revealInFolder', result.ref.path)
    expect(desk.revealed).toEqual([result.ref.path])
  })

  it('网页与网页片段都以 .html 保存', async () => {
    const win = desk.app.newWindow().window
    desk.dialogs.willSaveAs(join(desk.docs, 'a')).willSaveAs(join(desk.docs, 'b.html'))
    const html = (await desk.call(win, 'saveExport', new TextEncoder().encode('<p>x</p>'), 'a', 'html')) as Saved
    const fragment = (await desk.call(win, 'saveExport', new TextEncoder().encode('<p>y</p>'), 'b', 'fragment')) as Saved
    expect([html.ref.name, fragment.ref.name]).toEqual(['a.html', 'b.html'])
  })

  it('OFD 以 .ofd 保存，对话框只列 OFD 版式文档（issue #20）', async () => {
    const win = desk.app.newWindow().window
    desk.dialogs.willSaveAs(join(desk.docs, '签发稿'))
    const bytes = new Uint8Array([0x50, 0x4b, 3, 4])
    const result = (await desk.call(win, 'saveExport', bytes, '青山县委通报.ofd', 'ofd')) as Saved
    expect(result.ref.path).toBe(join(desk.docs, '签发稿.ofd'))
    expect([...(await readFile(result.ref.path!))]).toEqual([...bytes])
    expect(desk.dialogs.ofKind('save')[0]).toMatchObject({ title: '导出 OFD 版式文档', filters: [{ extensions: ['ofd'] }] })
  })

  it('取消导出：什么也不写', async () => {
    const win = desk.app.newWindow().window
    desk.dialogs.willSaveAs(null)
    expect(await desk.call(win, 'saveExport', new Uint8Array([1]), 'x', 'docx')).toEqual({ ok: true, kind: 'cancelled' })
  })

  it('“在文件夹中显示”不接受页面随便给的路径', async () => {
    const win = desk.app.newWindow().window
    await desk.call(win, 'revealInFolder', '/etc/passwd')
    expect(desk.revealed).toEqual([])
  })
})

describe('最近文件', () => {
  it('按路径重新打开；列表外的路径一概拒绝', async () => {
    const path = await writeProject('甲.tongbao')
    const secret = join(desk.dir, 'secret.tongbao')
    await writeFile(secret, projectText())
    await desk.recent.add(path)
    const win = desk.app.newWindow().window
    expect(fileOf(await desk.call(win, 'readRecent', path)).ref.path).toBe(path)
    await expect(desk.call(win, 'readRecent', secret)).resolves.toEqual({ ok: false, code: 'recent.not-listed', params: {} })
  })

  it('文件已被删除：报告找不到，并从列表和菜单中移除', async () => {
    const path = await writeProject('甲.tongbao')
    await desk.recent.add(path)
    await rm(path)
    const win = desk.app.newWindow().window
    const menusBefore = desk.menus.length
    await expect(desk.call(win, 'readRecent', path)).resolves.toMatchObject({ ok: false, code: 'recent.missing' })
    expect(await desk.call(win, 'recentFiles')).toEqual([])
    expect(desk.menus.length).toBeGreaterThan(menusBefore)
  })

  it('保存后出现在最近文件和菜单里', async () => {
    const win = desk.app.newWindow().window
    desk.dialogs.willSaveAs(join(desk.docs, '丙.tongbao'))
    await desk.call(win, 'saveProject', null, projectText(), { saveAs: false })
    expect(((await desk.call(win, 'recentFiles')) as { name: string }[]).map((f) => f.name)).toEqual(['丙.tongbao'])
    const file = desk.menus.at(-1)![0]!
    const recentMenu = (file.submenu as { label?: string; submenu?: { label?: string }[] }[]).find((i) => i.label === '最近打开的文件')!
    expect(recentMenu.submenu!.some((i) => i.label?.includes('丙.tongbao'))).toBe(true)
  })
})

describe('窗口状态', () => {
  it('未保存的修改显示在窗口标题里', async () => {
    const win = desk.app.newWindow().window
    await desk.call(win, 'setDirty', true, '青山县委整改通报')
    expect(win.title).toMatch(/青山县委整改通报.*\*/)
    await desk.call(win, 'setDirty', false, '青山县委整改通报')
    expect(win.title).toContain('青山县委整改通报')
    expect(win.title).not.toContain('*')
  })
})
