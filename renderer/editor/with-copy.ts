/**
 * 复制到别处（Word、WPS、微信、记事本）的只是正文：页边的类别标签、当前条目的控件、占位提示、“上一轮”都不进剪贴板，
 * 条目的推导序号在（从条目开头选起时）。slate-dom 照抄所选的 DOM，这些不可编辑的部分也跟着复制；纯文本又只把
 * display: block 当作换行，而条目是 flow-root，标题与下一段正文连成一行。这里改写 slate 给出的 text/html 与 text/plain。
 * 编辑器之间的复制粘贴走 slate 自己的片段（application/x-slate-fragment），不受影响。
 */
import type { NoticeEditor } from './custom-types'

/** 不可编辑、但属于正文的：条目与部分标题的推导序号 */
const KEPT = '.marker, .section-marker'

export function withCopy(editor: NoticeEditor): NoticeEditor {
  const { setFragmentData } = editor
  editor.setFragmentData = (data, originEvent) => {
    setFragmentData(data, originEvent)
    const html = data.getData('text/html')
    if (!html) return
    const body = new DOMParser().parseFromString(html, 'text/html').body
    for (const el of Array.from(body.querySelectorAll('[contenteditable="false"]')))
      if (!el.matches(KEPT) && !el.hasAttribute('data-slate-fragment')) el.remove()
    data.setData('text/html', body.innerHTML)
    data.setData('text/plain', plainText(body))
  }
  return editor
}

/** 每段一行（序号在前）；与正文同段的条目后面接着它的正文。 */
function plainText(root: Element): string {
  const blocks = Array.from(root.querySelectorAll('[data-slate-node="element"]')).filter(
    (el) => !el.querySelector('[data-slate-node="element"]'),
  )
  if (blocks.length === 0) return root.textContent ?? ''
  return blocks
    .map((block, i) => {
      const text = Array.from(block.querySelectorAll(`${KEPT}, [data-slate-string]`), (n) => n.textContent).join('')
      const runsOn = i > 0 && block.classList.contains('body') && blocks[i - 1]!.classList.contains('run-in')
      return (i === 0 || runsOn ? '' : '\n') + text
    })
    .join('')
}
