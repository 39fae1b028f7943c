/**
 * 浏览器宿主保存工程文件时问文件名：宿主发出请求，应用自己的对话框（renderer/panels/save-name-dialog.tsx）作答，
 * 不用浏览器的 prompt()（issue #10 第 7 点）。一次只有一个请求；外部 store 的形状同 current-item.ts。
 */
export interface SaveNameRequest {
  /** 每个请求不同：对话框据此重新开始 */
  id: number
  /** 建议的文件名（由通报标题推导，见 core/derive/file-name.ts） */
  suggested: string
  /** 另存为（而不是第一次保存） */
  saveAs: boolean
}

type Pending = SaveNameRequest & { resolve(name: string | null): void }

let pending: Pending | null = null
let lastId = 0
const listeners = new Set<() => void>()
const changed = () => {
  for (const l of listeners) l()
}

export const saveNameRequest = {
  /** 问一个文件名；取消时为 null。又来一个请求时，前一个算取消。 */
  ask(suggested: string, saveAs: boolean): Promise<string | null> {
    pending?.resolve(null)
    return new Promise((resolve) => {
      pending = { id: ++lastId, suggested, saveAs, resolve }
      changed()
    })
  },
  answer(name: string | null): void {
    const p = pending
    pending = null
    p?.resolve(name)
    changed()
  },
  subscribe(listener: () => void): () => void {
    listeners.add(listener)
    return () => void listeners.delete(listener)
  },
  getSnapshot: (): SaveNameRequest | null => pending,
}
