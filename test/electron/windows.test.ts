// 窗口：单实例、一个文档一个窗口、关窗询问、菜单命令。
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type {} from '../../core/bridge/host'
import { serializeProject } from '../../core/project/project-file'
import { sampleNotice } from '../support/sample-notice'
import { type Desk, makeDesk, settle, until, type AnySave } from './support/fakes'

/** 一个文档一个窗口、单实例转交文件、关窗时询问“保存/不保存/取消”。 */

let desk: Desk
beforeEach(async () => {
  desk = await makeDesk()
})
afterEach(() => desk.cleanup())

async function project(name: string): Promise<string> {
  const path = join(desk.docs, name)
  await writeFile(path, serializeProject(sampleNotice()))
  return path
}

describe('启动与单实例', () => {
  it('没有带文件启动：开一个窗口（开始页）', async () => {
    await desk.app.start([])
    expect(desk.windows).toHaveLength(1)
    expect(desk.menus).not.toHaveLength(0)
  })

  it('带两个文件启动：各开一个窗口', async () => {
    const a = await project('甲.tongbao')
    const b = await project('乙.tongbao')
    await desk.app.start([a, b])
    expect(desk.windows).toHaveLength(2)
    expect(desk.app.windows.byPath(a)?.window).toBe(desk.windows[0])
    expect(desk.app.windows.byPath(b)?.window).toBe(desk.windows[1])
  })

  it('第二个实例带来已打开的文件：切到那个窗口，不开新窗口', async () => {
    const a = await project('甲.tongbao')
    await desk.app.start([a])
    desk.windows[0]!.minimized = true
    await desk.app.secondInstance([a])
    expect(desk.windows).toHaveLength(1)
    expect(desk.windows[0]!.focused).toBe(true)
    expect(desk.windows[0]!.minimized).toBe(false)
  })

  it('第二个实例带来新文件：开新窗口；什么都没带：把已有窗口调到前面', async () => {
    await desk.app.start([])
    const b = await project('乙.tongbao')
    await desk.app.secondInstance([b])
    expect(desk.windows).toHaveLength(2)
    desk.windows[0]!.focused = false
    await desk.app.secondInstance([])
    expect(desk.windows).toHaveLength(2)
    expect(desk.windows[0]!.focused).toBe(true)
  })

  it('打不开的文件：报一句中文，不开空窗口', async () => {
    const broken = join(desk.docs, '坏.tongbao')
    await writeFile(broken, 'PK\u0003\u0004')
    await desk.app.start([broken, join(desk.docs, '不存在.tongbao')])
    expect(desk.dialogs.errors.map((e) => e.content)).toEqual([
      expect.stringMatching(/不是整改通报工程文件/),
      expect.stringMatching(/找不到这个文件/),
    ])
    // 两个都打不开：仍给用户一个开始页。
    expect(desk.windows).toHaveLength(1)
    expect(desk.app.windows.all()[0]!.pendingFile).toBeNull()
  })

  it('命令行带来的 Word 文件交给页面导入，但不成为窗口的文档路径', async () => {
    const docx = join(desk.docs, '原文.docx')
    await writeFile(docx, new Uint8Array([0x50, 0x4b, 3, 4]))
    await desk.app.start([docx])
    const state = desk.app.windows.all()[0]!
    expect(state.pendingFile?.ref.name).toBe('原文.docx')
    expect(state.ref).toBeNull()
  })
})

describe('关窗时有未保存的修改', () => {
  async function dirtyWindow() {
    await desk.app.start([])
    const win = desk.windows[0]!
    await desk.call(win, 'setDirty', true, '青山县委整改通报')
    return win
  }

  it('询问“保存 / 不保存 / 取消”，默认保存', async () => {
    const win = await dirtyWindow()
    desk.dialogs.willAnswer(2)
    win.close()
    await settle()
    const [box] = desk.dialogs.ofKind('message') as { buttons: string[]; defaultId: number; cancelId: number; message: string }[]
    expect(box!.buttons).toEqual(['保存', '不保存', '取消'])
    expect(box!.buttons[box!.defaultId]).toBe('保存')
    expect(box!.buttons[box!.cancelId]).toBe('取消')
    expect(box!.message).toContain('青山县委整改通报')
  })

  it('取消：窗口留着', async () => {
    const win = await dirtyWindow()
    desk.dialogs.willAnswer(2)
    win.close()
    await settle()
    expect(win.closed).toBe(false)
  })

  it('不保存：窗口关闭，自动保存副本删除', async () => {
    const win = await dirtyWindow()
    await desk.call(win, 'autosave', 'k', null, new TextEncoder().encode(serializeProject(sampleNotice())), '甲')
    desk.dialogs.willAnswer(1)
    win.close()
    await until(() => win.closed)
    await until(async () => (await desk.recovery.list()).length === 0)
  })

  it('保存：页面收到 save 命令，保存成功后窗口关闭', async () => {
    const win = await dirtyWindow()
    desk.dialogs.willAnswer(0)
    win.close()
    await until(() => win.commands().length > 0)
    expect(win.commands()).toEqual(['save'])
    expect(win.closed).toBe(false)
    desk.dialogs.willSaveAs(join(desk.docs, '甲.tongbao'))
    const result = (await desk.call(win, 'saveProject', null, serializeProject(sampleNotice()), { saveAs: false })) as AnySave
    expect(result.kind).toBe('saved')
    await until(() => win.closed)
  })

  it('保存时在另存为对话框里取消：窗口留着，下次关窗再问', async () => {
    const win = await dirtyWindow()
    desk.dialogs.willAnswer(0)
    win.close()
    await settle()
    desk.dialogs.willSaveAs(null)
    await desk.call(win, 'saveProject', null, serializeProject(sampleNotice()), { saveAs: false })
    await settle()
    expect(win.closed).toBe(false)
    desk.dialogs.willAnswer(2)
    win.close()
    await settle()
    expect(desk.dialogs.ofKind('message')).toHaveLength(2)
  })

  it('询问框开着时再次关窗（例如退出）：不弹第二个询问框', async () => {
    const win = await dirtyWindow()
    let answer!: (n: number) => void
    desk.dialogs.showMessageBox = async (_w, options) => {
      desk.dialogs.calls.push({ kind: 'message', options })
      return { response: await new Promise<number>((r) => (answer = r)) }
    }
    win.close()
    win.close()
    await settle()
    expect(desk.dialogs.ofKind('message')).toHaveLength(1)
    answer(1)
    await until(() => win.closed)
  })

  it('没有修改的窗口直接关闭，不询问', async () => {
    await desk.app.start([])
    const win = desk.windows[0]!
    win.close()
    await settle()
    expect(win.closed).toBe(true)
    expect(desk.dialogs.ofKind('message')).toEqual([])
  })

  it('页面崩溃后不再拦着关窗（否则窗口永远关不掉）', async () => {
    const win = await dirtyWindow()
    desk.app.onRendererGone(win)
    win.close()
    expect(win.closed).toBe(true)
    expect(desk.dialogs.ofKind('message')).toEqual([])
  })

  it('退出时选了“不保存”：关掉这个窗口后继续退出', async () => {
    const win = await dirtyWindow()
    desk.app.newWindow()
    desk.app.onBeforeQuit()
    desk.dialogs.willAnswer(1)
    win.close()
    await until(() => desk.quits === 1)
  })

  it('退出时选了“取消”：不再继续退出', async () => {
    const win = await dirtyWindow()
    const other = desk.app.newWindow().window
    desk.app.onBeforeQuit()
    desk.dialogs.willAnswer(2)
    win.close()
    await settle()
    other.close()
    await settle()
    expect(desk.quits).toBe(0)
  })
})

describe('菜单命令', () => {
  it('交给当前窗口的页面', async () => {
    await desk.app.start([])
    desk.app.newWindow()
    desk.app.sendCommand('export-docx')
    expect(desk.windows[1]!.commands()).toEqual(['export-docx'])
    expect(desk.windows[0]!.commands()).toEqual([])
  })

  it('“新建窗口”开一个新的开始页', async () => {
    await desk.app.start([])
    const file = desk.menus.at(-1)![0]!.submenu as { label?: string; click?: () => void }[]
    file.find((i) => i.label === '新建窗口')!.click!()
    expect(desk.windows).toHaveLength(2)
  })

  it('最近文件菜单：打开到新窗口；已打开的切过去', async () => {
    const a = await project('甲.tongbao')
    await desk.recent.add(a)
    await desk.app.start([])
    const open = () => {
      const file = desk.menus.at(-1)![0]!.submenu as { label?: string; submenu?: { label?: string; click?: () => void }[] }[]
      file.find((i) => i.label === '最近打开的文件')!.submenu!.find((i) => i.label?.includes('甲.tongbao'))!.click!()
    }
    const menus = desk.menus.length
    open()
    await until(() => desk.windows.length === 2 && desk.menus.length > menus)
    expect(desk.app.windows.fromWindow(desk.windows[1]!)?.pendingFile?.ref.path).toBe(a)
    desk.windows[1]!.focused = false
    open()
    await until(() => desk.windows[1]!.focused)
    expect(desk.windows).toHaveLength(2)
  })
})
