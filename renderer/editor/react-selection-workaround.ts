/**
 * React 在每次提交前会为获得焦点的 contenteditable 记录并恢复选区：它从编辑区开头逐个遍历全部文字节点来算偏移，
 * 50 万字的文档每按一键要多花约 25 毫秒。Slate 自己管理选区，这一步对它没有用处。
 * React 以 `element.contentEditable === "true"` 判断是否这样做，所以在编辑区元素上把这个属性的读取改成 "inherit"；
 * 可编辑性由 HTML 属性 contenteditable 决定，不受影响（写入仍落到属性上）。
 */
export function skipReactSelectionTracking(el: HTMLElement): void {
  if (Object.getOwnPropertyDescriptor(el, 'contentEditable')) return
  Object.defineProperty(el, 'contentEditable', {
    configurable: true,
    get: () => 'inherit',
    set(v: unknown) {
      el.setAttribute('contenteditable', String(v))
    },
  })
}
