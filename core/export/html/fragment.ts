// 供粘贴进网站内容管理系统的片段：只带规范允许的属性（export-compliance §5.4 属性白名单：id、class、href、datetime、
// scope、colspan、rowspan、lang、aria-labelledby），不带 style——样式归站点，片段只给结构；落款、日期带 class，站点可右对齐。
// 标题与发布日期由 CMS 自己的字段显示，片段从导语排到落款。
import type { Notice } from '../../model/notice'
import { articleBody } from './article-nodes'
import { el, type Role, serialize } from './node'

const asClass = (role: Role): Record<string, string> => (role === 'signature' || role === 'date' ? { class: role } : {})

export function exportHtmlFragment(notice: Notice): string {
  const body = articleBody(notice)
  return serialize(el('article', 'article', body), asClass) + '\n'
}
