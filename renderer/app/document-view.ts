/** 编辑界面的视图状态（侧栏标签页、大纲显示、打开的对话框）和文档级命令（菜单、快捷键、工具栏）的执行。 */
import { useCallback, useEffect, useState } from 'react'
import type { MenuCommand } from '../../core/bridge/host'
import type { DocumentStore } from '../document/store'
import type { SideTab } from './side-panel'

export type Dialog = 'preview' | 'export-docx' | 'export-html' | 'export-ofd' | 'help' | 'versions' | null

interface Options {
  store: DocumentStore
  doSave(saveAs: boolean): Promise<void>
  /** App 把文档级命令（保存、导出……）转给这里 */
  commandRef: React.RefObject<((c: MenuCommand) => boolean) | null>
  /** 这里不认识的文档级命令（如台账的导入导出）；处理了返回 true。 */
  onOther?(c: MenuCommand): boolean
}

export function useDocumentView({ store, doSave, commandRef, onOther }: Options) {
  const [tab, setTab] = useState<SideTab>('info')
  const [showOutline, setShowOutline] = useState(true)
  const [dialog, setDialog] = useState<Dialog>(null)

  /** 执行文档级命令；不是文档级命令（打开、新建……）时返回 false。 */
  const runCommand = useCallback(
    (c: MenuCommand): boolean => {
      // 预览、导出读通报：先把正在输入的内容合进来。
      const open = (d: Dialog) => {
        store.flush()
        setDialog(d)
      }
      switch (c) {
        case 'save':
        case 'save-as':
          void doSave(c === 'save-as')
          return true
        case 'export-docx':
        case 'export-html':
        case 'export-ofd':
          open(c)
          return true
        case 'print-preview':
          open('preview')
          return true
        case 'versions':
          open('versions')
          return true
        case 'help':
          setDialog('help')
          return true
        case 'undo':
          store.undo()
          return true
        case 'redo':
          store.redo()
          return true
        case 'toggle-outline':
          setShowOutline((v) => !v)
          return true
        case 'toggle-check':
          setTab((t) => (t === 'check' ? 'info' : 'check'))
          return true
        default:
          return onOther?.(c) ?? false
      }
    },
    [doSave, store, onOther],
  )
  useEffect(() => {
    commandRef.current = runCommand
    return () => {
      commandRef.current = null
    }
  }, [commandRef, runCommand])

  return { tab, setTab, showOutline, dialog, setDialog, runCommand }
}
