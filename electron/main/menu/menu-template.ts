// 中文原生菜单的模板。
import type { MenuItemConstructorOptions } from 'electron'
import type { MenuCommand, RecentFile } from '../../../core/bridge/host'

/** 菜单要做的事；菜单本身只是数据，动作由调用方提供。 */
export interface MenuActions {
  /** 把命令交给当前窗口的页面。 */
  command(command: MenuCommand): void
  newWindow(): void
  openRecent(path: string): void
  clearRecent(): void
  about(): void
}

export interface MenuOptions {
  recent: RecentFile[]
  actions: MenuActions
  platform: NodeJS.Platform
  /** 开发时多一个“重新加载”和开发者工具。 */
  development: boolean
}

/**
 * 中文原生菜单：文件、编辑、视图、帮助。编辑命令交给页面（Slate 有自己的撤销历史）；
 * 撤销/重做的快捷键不向系统注册，让按键照常落到页面里的编辑器和输入框上，菜单只显示它们。
 */
export function buildMenuTemplate({ recent, actions, platform, development }: MenuOptions): MenuItemConstructorOptions[] {
  const send = (command: MenuCommand) => () => actions.command(command)
  const item = (label: string, command: MenuCommand, accelerator?: string): MenuItemConstructorOptions =>
    accelerator ? { label, accelerator, click: send(command) } : { label, click: send(command) }

  const recentMenu: MenuItemConstructorOptions[] = recent.length
    ? [
        ...recent.map((f, i): MenuItemConstructorOptions => ({
          label: `${i + 1}  ${f.name}`,
          toolTip: f.path,
          click: () => actions.openRecent(f.path),
        })),
        { type: 'separator' },
        { label: '清除最近文件列表', click: () => actions.clearRecent() },
      ]
    : [{ label: '（无）', enabled: false }]

  const file: MenuItemConstructorOptions = {
    label: '文件(&F)',
    submenu: [
      item('新建巡视整改通报', 'new-xunshi', 'CmdOrCtrl+N'),
      item('新建巡察整改通报', 'new-xuncha'),
      { label: '新建窗口', accelerator: 'CmdOrCtrl+Shift+N', click: () => actions.newWindow() },
      { type: 'separator' },
      item('打开…', 'open', 'CmdOrCtrl+O'),
      { label: '最近打开的文件', submenu: recentMenu },
      item('续报（同一次巡视）…', 'start-follow-up'),
      item('新一轮（新的巡视）…', 'start-new-round'),
      item('导入 Word、文本或网页…', 'import'),
      item('导入整改台账…', 'import-ledger'),
      item('导入审阅稿…', 'import-review'),
      { type: 'separator' },
      item('保存', 'save', 'CmdOrCtrl+S'),
      item('另存为…', 'save-as', 'CmdOrCtrl+Shift+S'),
      { type: 'separator' },
      item('导出 Word 文档…', 'export-docx'),
      item('导出网页…', 'export-html'),
      item('导出 OFD 版式文档…', 'export-ofd'),
      item('导出整改台账…', 'export-ledger'),
      item('打印预览', 'print-preview', 'CmdOrCtrl+P'),
      item('版本（比较、送审稿）…', 'versions'),
      { type: 'separator' },
      { label: '关闭窗口', role: 'close', accelerator: 'CmdOrCtrl+W' },
      { label: '退出', role: 'quit', accelerator: platform === 'win32' ? 'Alt+F4' : 'CmdOrCtrl+Q' },
    ],
  }

  const edit: MenuItemConstructorOptions = {
    label: '编辑(&E)',
    submenu: [
      { label: '撤销', accelerator: 'CmdOrCtrl+Z', registerAccelerator: false, click: send('undo') },
      { label: '重做', accelerator: 'CmdOrCtrl+Y', registerAccelerator: false, click: send('redo') },
      { type: 'separator' },
      { label: '剪切', role: 'cut' },
      { label: '复制', role: 'copy' },
      { label: '粘贴', role: 'paste' },
      { label: '全选', role: 'selectAll' },
    ],
  }

  const view: MenuItemConstructorOptions = {
    label: '视图(&V)',
    submenu: [
      item('大纲', 'toggle-outline', 'CmdOrCtrl+Shift+O'),
      item('检查', 'toggle-check', 'F7'),
      { type: 'separator' },
      { label: '实际大小', role: 'resetZoom' },
      { label: '放大', role: 'zoomIn' },
      { label: '缩小', role: 'zoomOut' },
      { type: 'separator' },
      { label: '全屏', role: 'togglefullscreen' },
      ...(development
        ? ([
            { type: 'separator' },
            { label: '重新加载', role: 'reload' },
            { label: '开发者工具', role: 'toggleDevTools' },
          ] satisfies MenuItemConstructorOptions[])
        : []),
    ],
  }

  const help: MenuItemConstructorOptions = {
    label: '帮助(&H)',
    submenu: [item('使用帮助', 'help', 'F1'), { type: 'separator' }, { label: '关于整改通报编辑器', click: () => actions.about() }],
  }

  return platform === 'darwin' ? [{ role: 'appMenu' }, file, edit, view, help] : [file, edit, view, help]
}
