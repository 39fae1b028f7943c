/**
 * 浏览器宿主保存工程文件时问文件名：宿主发出请求，应用自己的对话框（renderer/panels/save-name-dialog.tsx）作答，
 * 不用浏览器的 prompt()（issue #10 第 7 点）。一次只有一个请求；外部 store 见 app/external-value.ts。
 */
import { externalValue } from '../app/external-value'

export interface SaveNameRequest {
  /** 每个请求不同：对话框据此重新开始 */
  id: number
  /** 建议的文件名（由通报标题推导，见 core/derive/file-name.ts） */
  suggested: string
  /** 另存为（而不是第一次保存） */
  saveAs: boolean
}

type Pending = SaveNameRequest & { resolve(name: string | null): void }

const pending = externalValue<Pending | null>(null)
let lastId = 0

export const saveNameRequest = {
  /** 问一个文件名；取消时为 null。又来一个请求时，前一个算取消。 */
  ask(suggested: string, saveAs: boolean): Promise<string | null> {
    pending.getSnapshot()?.resolve(null)
    return new Promise((resolve) => pending.set({ id: ++lastId, suggested, saveAs, resolve }))
  },
  answer(name: string | null): void {
    const p = pending.getSnapshot()
    pending.set(null)
    p?.resolve(name)
  },
  subscribe: pending.subscribe,
  getSnapshot: (): SaveNameRequest | null => pending.getSnapshot(),
}
