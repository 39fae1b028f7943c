// 供粘贴进网站内容管理系统的片段：只有行内样式，没有 class 和 id，不会与站点样式冲突。
// 标题与发布日期由 CMS 自己的字段显示，片段从导语排到落款。
import type { Notice } from '../../model/notice'
import { articleBody } from './article-nodes'
import { el, type Role, serialize } from './node'
import { ROLE_STYLE } from './styles'

const inline = (role: Role): Record<string, string> => (ROLE_STYLE[role] ? { style: ROLE_STYLE[role] } : {})

export function exportHtmlFragment(notice: Notice): string {
  const body = articleBody(notice)
  return serialize(el('article', 'article', body), inline) + '\n'
}
