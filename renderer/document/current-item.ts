/**
 * 光标所在的条目（跨三个部分编辑器）：最近一次移动光标的那个部分说了算。
 * 信息面板的“当前条目”一栏订阅它；编辑界面本身不因光标移动而重绘（大文档里整屏重绘要几毫秒）。
 */
import type { NoticeEditor } from '../editor/custom-types'
import type { Editors } from './editors'
import { Listeners } from '../app/external-value'

export interface CurrentItem {
  editor: NoticeEditor
  id: string
}

export class CurrentItemStore {
  private value: CurrentItem | null = null
  private readonly listeners = new Listeners()

  constructor(private readonly editors: Editors) {}

  /** 开始跟随各编辑器的光标；返回停止跟随的函数（在 effect 里调用，StrictMode 下可反复接上）。 */
  connect(): () => void {
    const offs = Object.values(this.editors).map((editor) =>
      editor.activeItem.subscribeAny((id) => {
        this.value = id ? { editor, id } : null
        this.listeners.notify()
      }),
    )
    return () => offs.forEach((off) => off())
  }

  readonly get = (): CurrentItem | null => this.value

  readonly subscribe = this.listeners.subscribe
}
