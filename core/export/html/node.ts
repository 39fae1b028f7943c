// 极小的 HTML 节点树：导出的网页只由它生成，用户文字只会成为文字节点或转义后的属性值，不会成为标记。
import { cleanText } from '../clean-text'
import { escapeAttr, escapeText } from '../escape'

/** 文章里用到的元素的角色；页面版按角色挂 class，片段版按角色写行内样式。 */
export type Role =
  'article' | 'header' | 'title' | 'meta' | 'h2' | 'h3' | 'h4' | 'h5' | 'p' | 'run-in' | 'strong' | 'em' | 'signature' | 'date' | 'time'

export interface HtmlElement {
  tag: string
  role?: Role
  attrs?: Record<string, string>
  children: HtmlNode[]
}
export type HtmlNode = HtmlElement | string

export function el(tag: string, role: Role | undefined, children: HtmlNode[], attrs?: Record<string, string>): HtmlElement {
  return { tag, ...(role ? { role } : {}), ...(attrs ? { attrs } : {}), children }
}

/** 序列化；decorate 决定每个角色添加的属性（class 或 style）。文字一律先清理再转义。 */
export function serialize(node: HtmlNode, decorate: (role: Role) => Record<string, string>): string {
  if (typeof node === 'string') return escapeText(cleanText(node))
  const attrs = { ...(node.role ? decorate(node.role) : {}), ...node.attrs }
  const attrText = Object.entries(attrs)
    .map(([k, v]) => ` ${k}="${escapeAttr(cleanText(v))}"`)
    .join('')
  return `<${node.tag}${attrText}>${node.children.map((c) => serialize(c, decorate)).join('')}</${node.tag}>`
}
