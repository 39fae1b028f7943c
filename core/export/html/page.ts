// 独立网页（政府网站文章页）：lang=zh-CN、h1 标题、ArticleTitle/PubDate/ContentSource 元数据、
// 只有内联样式、无脚本、无外部资源、CSP 兜底；关怀版大字模式靠复选框与 CSS，不需要脚本。
import { noticeTitle } from '../../derive/title'
import type { Notice } from '../../model/notice'
import { articleBody } from './article-nodes'
import { el, type HtmlNode, type Role, serialize } from './node'
import { pageStylesheet } from './styles'
import { escapeAttr, escapeText } from '../escape'
import { cleanText } from '../clean-text'

/** 发布日期：网页原有的发布日期，其次成文日期。 */
function publicationDate(notice: Notice): string | null {
  return notice.meta.publication.date ?? notice.signature.date
}

/** 来源：发文机关（export-compliance §5：ContentSource 为发布机关）。导入网页时抓到的“来源”（网站名）只留在 meta.publication，不当作来源。 */
function contentSource(notice: Notice): string {
  return notice.meta.issuer.fullName || notice.signature.org
}

const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; base-uri 'none'; form-action 'none'"

const asClass = (role: Role) => ({ class: role })

export function exportHtmlPage(notice: Notice): string {
  const title = cleanText(noticeTitle(notice))
  const body = articleBody(notice)
  const date = publicationDate(notice)
  const source = cleanText(contentSource(notice))
  const metaLine: HtmlNode[] = []
  if (date) metaLine.push('发布日期：', el('time', 'time', [date], { datetime: date }))
  if (source) metaLine.push(`${date ? '\u3000' : ''}来源：${source}`)
  const header = el('header', 'header', [el('h1', 'title', [title]), ...(metaLine.length ? [el('p', 'meta', metaLine)] : [])])
  const article = el('article', 'article', [header, ...body])
  const meta = (name: string, content: string) => `<meta name="${name}" content="${escapeAttr(content)}">`
  return [
    '<!DOCTYPE html>',
    '<html lang="zh-CN">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta http-equiv="Content-Security-Policy" content="${CSP}">`,
    `<title>${escapeText(title)}</title>`,
    meta('ArticleTitle', title),
    ...(date ? [meta('PubDate', `${date} 00:00`)] : []),
    ...(source ? [meta('ContentSource', source)] : []),
    `<style>\n${pageStylesheet()}\n</style>`,
    '</head>',
    '<body>',
    '<main>',
    // 复选框须与文章同级，:checked~ 才选得中文章。
    '<input type="checkbox" id="care"><label for="care">关怀版（大字阅读）</label>',
    serialize(article, asClass),
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n')
}
