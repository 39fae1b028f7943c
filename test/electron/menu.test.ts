// 中文菜单与快捷键。
import type { MenuItemConstructorOptions } from 'electron'
import { describe, expect, it, vi } from 'vitest'
import type { MenuCommand, RecentFile } from '../../core/bridge/host'
import { type MenuActions, buildMenuTemplate } from '../../electron/main/menu/menu-template'

/** 中文原生菜单：用户按标签找菜单项、按快捷键用它们。 */

function setup(recent: RecentFile[] = [], development = false, platform: NodeJS.Platform = 'win32') {
  const actions = {
    command: vi.fn<(c: MenuCommand) => void>(),
    newWindow: vi.fn(),
    openRecent: vi.fn<(p: string) => void>(),
    clearRecent: vi.fn(),
    about: vi.fn(),
  } satisfies MenuActions
  return { actions, template: buildMenuTemplate({ recent, actions, platform, development }) }
}

const submenu = (item: MenuItemConstructorOptions | undefined) => (item?.submenu ?? []) as MenuItemConstructorOptions[]
const top = (t: MenuItemConstructorOptions[], name: string) => t.find((m) => m.label?.startsWith(name))
const all = (t: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] => t.flatMap((m) => [m, ...all(submenu(m))])
const byLabel = (t: MenuItemConstructorOptions[], label: string) => all(t).find((m) => m.label === label)
const click = (item: MenuItemConstructorOptions | undefined) => (item?.click as (() => void) | undefined)?.()

describe('菜单', () => {
  it('顶层依次是 文件 编辑 视图 帮助', () => {
    const { template } = setup()
    expect(template.map((m) => m.label?.replace(/\(&\w\)$/, ''))).toEqual(['文件', '编辑', '视图', '帮助'])
  })

  it.each([
    ['新建巡视整改通报', 'CmdOrCtrl+N', 'new-xunshi'],
    ['打开…', 'CmdOrCtrl+O', 'open'],
    ['保存', 'CmdOrCtrl+S', 'save'],
    ['另存为…', 'CmdOrCtrl+Shift+S', 'save-as'],
    ['撤销', 'CmdOrCtrl+Z', 'undo'],
    ['重做', 'CmdOrCtrl+Y', 'redo'],
    ['打印预览', 'CmdOrCtrl+P', 'print-preview'],
    ['使用帮助', 'F1', 'help'],
  ] as const)('“%s”的快捷键是 %s，点击后页面收到 %s', (label, accelerator, command) => {
    const { template, actions } = setup()
    const item = byLabel(template, label)
    expect(item?.accelerator).toBe(accelerator)
    click(item)
    expect(actions.command).toHaveBeenCalledWith(command)
  })

  it('每个快捷键只用一次', () => {
    const { template } = setup()
    const accelerators = all(template)
      .map((m) => m.accelerator)
      .filter(Boolean)
    expect(new Set(accelerators).size).toBe(accelerators.length)
  })

  it('撤销/重做的按键留给页面（编辑器和输入框各有自己的撤销），菜单只显示快捷键', () => {
    const { template } = setup()
    expect(byLabel(template, '撤销')?.registerAccelerator).toBe(false)
    expect(byLabel(template, '重做')?.registerAccelerator).toBe(false)
  })

  it('导入、续报、新一轮、导出都在文件菜单里', () => {
    const { template, actions } = setup()
    const file = submenu(top(template, '文件'))
    for (const [label, command] of [
      ['新建巡察整改通报', 'new-xuncha'],
      ['续报（同一次巡视）…', 'start-follow-up'],
      ['新一轮（新的巡视）…', 'start-new-round'],
      ['导入 Word、文本或网页…', 'import'],
      ['导出 Word 文档…', 'export-docx'],
      ['导出网页…', 'export-html'],
    ] as const) {
      click(file.find((m) => m.label === label))
      expect(actions.command).toHaveBeenLastCalledWith(command)
    }
  })

  it('视图菜单切换大纲与检查面板', () => {
    const { template, actions } = setup()
    click(byLabel(template, '大纲'))
    click(byLabel(template, '检查'))
    expect(actions.command.mock.calls.map((c) => c[0])).toEqual(['toggle-outline', 'toggle-check'])
  })

  it('最近文件：按顺序列出，点击打开；可以清除', () => {
    const recent = [
      { path: '/home/u/文档/甲.tongbao', name: '甲.tongbao', openedAt: '2025-01-02T00:00:00Z' },
      { path: '/home/u/文档/乙.tongbao', name: '乙.tongbao', openedAt: '2025-01-01T00:00:00Z' },
    ]
    const { template, actions } = setup(recent)
    const items = submenu(byLabel(template, '最近打开的文件'))
    expect(items.filter((i) => i.label?.endsWith('.tongbao')).map((i) => i.label)).toEqual(['1  甲.tongbao', '2  乙.tongbao'])
    click(items[1])
    expect(actions.openRecent).toHaveBeenCalledWith('/home/u/文档/乙.tongbao')
    click(items.find((i) => i.label === '清除最近文件列表'))
    expect(actions.clearRecent).toHaveBeenCalled()
  })

  it('没有最近文件时显示一项不可点的“（无）”', () => {
    const { template } = setup([])
    expect(submenu(byLabel(template, '最近打开的文件'))).toEqual([{ label: '（无）', enabled: false }])
  })

  it('开发者工具只在开发时出现', () => {
    expect(byLabel(setup([], false).template, '开发者工具')).toBeUndefined()
    expect(byLabel(setup([], true).template, '开发者工具')?.role).toBe('toggleDevTools')
  })

  it('关于：由主进程显示，不经过页面', () => {
    const { template, actions } = setup()
    click(byLabel(template, '关于整改通报编辑器'))
    expect(actions.about).toHaveBeenCalled()
    expect(actions.command).not.toHaveBeenCalled()
  })
})
