/**
 * 粘贴进来的是一整篇通报时的提议（至多一个）：编辑器不直接插入，而是把内容交给这里，由对话框问用户
 * “作为通报导入”还是“只粘贴正文”。外部 store（subscribe/getSnapshot，见 app/external-value.ts）。
 */
import { withoutPageNoise } from '../../core/import/pasted-notice'
import { externalValue } from '../app/external-value'

export interface PasteOffer {
  /** 剪贴板上的原始内容：导入时按“导入”同样的路子读（网页或纯文本）。 */
  source: { kind: 'html'; html: string } | { kind: 'text'; text: string }
  /** 粘贴内容的各段 */
  paragraphs: string[]
  /** “只粘贴正文”时留下和去掉的段落 */
  body: { kept: string[]; dropped: string[] }
  /** 把留下的段落按普通粘贴插入编辑器原处 */
  pasteBody(): void
}

const current = externalValue<PasteOffer | null>(null)
const publish = current.set

export const pasteOffer = {
  subscribe: current.subscribe,
  getSnapshot: current.getSnapshot,
  /** 提出提议；insert 在用户选“只粘贴正文”时以留下的段落调用。 */
  offer(source: PasteOffer['source'], paragraphs: string[], insert: (lines: string[]) => void): void {
    const body = withoutPageNoise(paragraphs)
    publish({ source, paragraphs, body, pasteBody: () => insert(body.kept) })
  },
  dismiss(): void {
    publish(null)
  },
}
