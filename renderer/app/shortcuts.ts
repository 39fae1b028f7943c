/** 键盘快捷键 → 菜单命令。Electron 由原生菜单发送命令；浏览器宿主里由渲染进程自己监听。 */
import type { MenuCommand } from '../../core/bridge/host'

export interface KeyCombo {
  key: string
  ctrlKey: boolean
  metaKey: boolean
  shiftKey: boolean
  altKey: boolean
}

/** 编辑器内的撤销/重做由 slate-react 处理，这里只在编辑器外生效（见 app.tsx）。 */
export function shortcutCommand(e: KeyCombo): MenuCommand | null {
  if (e.key === 'F1') return 'help'
  const mod = e.ctrlKey || e.metaKey
  if (!mod || e.altKey) return null
  switch (e.key.toLowerCase()) {
    case 'n':
      return e.shiftKey ? 'new-xuncha' : 'new-xunshi'
    case 'o':
      return 'open'
    case 's':
      return e.shiftKey ? 'save-as' : 'save'
    case 'p':
      return 'print-preview'
    case 'z':
      return e.shiftKey ? 'redo' : 'undo'
    case 'y':
      return 'redo'
    default:
      return null
  }
}
