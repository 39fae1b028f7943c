/**
 * 大的部分（每块 200 段，见 create-section-editor.ts）里，给纸面可视区附近的块加上 .near：与正文同段的条目正好在块末时，
 * paper.css 只把附近的这两块改成行内，标题句与下一块开头的正文接着排，跟印出来一样。
 * 不是所有这样的块都改：行内的块不能跳过排版，50 万字时它们连成一片，每键要几十毫秒；附近的至多几块。
 * 加上与去掉用两道不同的边界（滞后）：两块接起来后后面的内容上移一行，块若正好在边界上，只用一道边界就会来回切换。
 */
const ADD_MARGIN = '100% 0px'
const REMOVE_MARGIN = '200% 0px'

export function markNearChunks(root: HTMLElement): () => void {
  // 纸面所在的滚动区（document-screen.tsx 的 .desk）；单独使用编辑器时是整个窗口
  const view = root.closest('[data-caret-view]')
  const add = new IntersectionObserver((entries) => entries.forEach((e) => e.isIntersecting && e.target.classList.add('near')), {
    root: view,
    rootMargin: ADD_MARGIN,
  })
  const remove = new IntersectionObserver((entries) => entries.forEach((e) => !e.isIntersecting && e.target.classList.remove('near')), {
    root: view,
    rootMargin: REMOVE_MARGIN,
  })
  const observe = (el: Element) => {
    add.observe(el)
    remove.observe(el)
  }
  const unobserve = (el: Element) => {
    add.unobserve(el)
    remove.unobserve(el)
  }
  root.querySelectorAll('.chunk.lowest').forEach(observe)
  // 结构变化时 slate-react 新建或拿掉块；打字只改文字，不触发这里
  const chunks = (nodes: NodeList) =>
    Array.from(nodes).flatMap((n) =>
      n instanceof Element ? [...(n.matches('.chunk.lowest') ? [n] : []), ...Array.from(n.querySelectorAll('.chunk.lowest'))] : [],
    )
  const mutations = new MutationObserver((records) => {
    for (const r of records) {
      chunks(r.removedNodes).forEach(unobserve)
      chunks(r.addedNodes).forEach(observe)
    }
  })
  mutations.observe(root, { childList: true, subtree: true })
  return () => {
    add.disconnect()
    remove.disconnect()
    mutations.disconnect()
  }
}
