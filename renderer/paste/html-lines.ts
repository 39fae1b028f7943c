/** 从剪贴板的 HTML（Word、WPS、网页）取出按段落分开的纯文字。用 DOMParser 解析，从不把 HTML 插进页面。 */

const SKIP = new Set(['SCRIPT', 'STYLE', 'HEAD', 'TITLE', 'TEMPLATE', 'NOSCRIPT', 'SVG', 'IFRAME', 'OBJECT', 'EMBED', 'META', 'LINK', 'BUTTON', 'SELECT', 'XML'])
const BLOCK = new Set(['P', 'DIV', 'LI', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'TR', 'BLOCKQUOTE', 'SECTION', 'ARTICLE', 'TABLE', 'UL', 'OL', 'PRE', 'DD', 'DT'])

/** 走一遍 DOM，块级元素与 <br> 处断行；Word 的条件注释、样式、脚本一概丢弃。 */
export function domLines(root: Node): string[] {
  const lines: string[] = []
  let cur = ''
  const flush = () => {
    if (cur.trim() !== '') lines.push(cur)
    cur = ''
  }
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      cur += (node.nodeValue ?? '').replace(/[\r\n\t]+/g, ' ')
      return
    }
    if (node.nodeType === 9 || node.nodeType === 11) {
      // 文档或片段：只走它的子节点
      for (const child of Array.from(node.childNodes)) walk(child)
      return
    }
    if (node.nodeType !== 1) return
    const el = node as Element
    const tag = el.tagName.toUpperCase()
    if (SKIP.has(tag) || tag.includes(':') && tag !== 'O:P') return
    if (tag === 'BR') return flush()
    const block = BLOCK.has(tag)
    if (block) flush()
    for (const child of Array.from(el.childNodes)) walk(child)
    if (block) flush()
  }
  walk(root)
  flush()
  return lines
}

export function htmlLines(html: string): string[] {
  const doc = new DOMParser().parseFromString(html, 'text/html')
  return domLines(doc.body)
}

export function plainLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/)
}
