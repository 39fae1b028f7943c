/** 键盘快捷键 → 菜单命令。Electron 由原生菜单发送命令；浏览器宿主里由渲染进程自己监听。 */
import { useEffect } from 'react'
import type { MenuCommand } from '../../core/bridge/host'

export interface KeyCombo {
  key: string
  ctrlKey: boolean
  metaKey: boolean
  shiftKey: boolean
  altKey: boolean
}

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

/**
 * 监听快捷键。Electron 的原生菜单自己处理快捷键并发来命令，只有撤销/重做不注册（menu-template.ts 的
 * registerAccelerator: false），按键留给页面：在哪里按都撤销整份文档的上一个动作（renderer/document/history.ts）。
 * 编辑器里的 Ctrl+Z 由 slate-react 调用 editor.undo，同样到达文档的历史，这里不重复处理。
 */
export function useShortcuts(platform: string, command: (c: MenuCommand) => void): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const c = shortcutCommand(e)
      if (!c) return
      const history = c === 'undo' || c === 'redo'
      if (!history && platform !== 'browser') return
      if (history && (e.target as Element | null)?.closest?.('[data-slate-editor]')) return
      e.preventDefault()
      command(c)
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [platform, command])
}
