/**
 * 微信公众号文章（保存的网页，或复制下来的 HTML）→ 通报模型。正文在 id="js_content" 的元素里，标题在
 * id="activity-name"；其外的公众号名片、二维码、推荐文章整块不读。正文里层层嵌套的 section/span 和行内样式
 * 由网页的读法处理；公众号自己的杂项行（wechat-noise）去掉，作为一条提示列出。发表日期和公众号名记作发布信息。
 */
import { Parser } from 'htmlparser2'
import { IsoDate } from '../../model/dates'
import type { Finding } from '../../rules/types'
import { htmlParagraphs } from '../import-from-html'
import type { ImportResult } from '../import-result'
import { importFromParagraphs } from '../import-from-text'
import { withoutSpace } from '../paragraphs'
import { bylineDate, isBylineLine, isRecommendationHeading, isWechatNoise } from './wechat-noise'

export { isWechatArticle } from './is-wechat-article'

interface ArticleParts {
  title: string | null
  /** 正文容器的 HTML；没有容器（复制的片段）时为 null */
  content: string | null
  account: string | null
  publishTime: string | null
}

/** 按 id 取出标题、正文容器、公众号名和发表时间。容器以元素的嵌套深度定界（htmlparser2 对空元素也报告闭合）。 */
function articleParts(html: string): ArticleParts {
  const parts: ArticleParts = { title: null, content: null, account: null, publishTime: null }
  let depth = 0
  let capture: { key: 'title' | 'account' | 'publishTime'; depth: number; text: string } | null = null
  let content: { depth: number; start: number } | null = null
  const parser = new Parser(
    {
      onopentag(_name, attrs) {
        depth++
        const id = attrs.id ?? ''
        const cls = ` ${attrs.class ?? ''} `
        if (!content && parts.content === null && (id === 'js_content' || cls.includes(' rich_media_content ')))
          content = { depth, start: parser.endIndex + 1 }
        if (!capture) {
          if (parts.title === null && (id === 'activity-name' || cls.includes(' rich_media_title ')))
            capture = { key: 'title', depth, text: '' }
          else if (parts.account === null && (id === 'js_name' || id === 'profileBt')) capture = { key: 'account', depth, text: '' }
          else if (parts.publishTime === null && id === 'publish_time') capture = { key: 'publishTime', depth, text: '' }
        }
      },
      ontext(text) {
        if (capture) capture.text += text
      },
      onclosetag() {
        if (capture && capture.depth === depth) {
          parts[capture.key] = capture.text.replace(/\s+/g, ' ').trim() || null
          capture = null
        }
        if (content && content.depth === depth) {
          parts.content = html.slice(content.start, parser.startIndex)
          content = null
        }
        depth--
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  )
  parser.write(html)
  parser.end()
  // 被截断的页面：容器没有闭合，读到哪里算哪里。
  if (content !== null && parts.content === null) parts.content = html.slice((content as { start: number }).start)
  return parts
}

/** 推荐区从栏目名开始，到文末都是别的文章：只在正文过半之后认，免得误删。 */
function withoutRecommendations(lines: string[]): { kept: string[]; cut: string[] } {
  const at = lines.findIndex((l, i) => i >= lines.length / 2 && isRecommendationHeading(l))
  return at < 0 ? { kept: lines, cut: [] } : { kept: lines.slice(0, at), cut: lines.slice(at) }
}

export function importFromWechat(html: string): ImportResult {
  const parts = articleParts(html)
  const body = htmlParagraphs(parts.content ?? html)
  const { kept, cut } = withoutRecommendations(body)
  const noise = kept.filter(isWechatNoise)
  const text = kept.filter((l) => !isWechatNoise(l))
  // 有的公众号在正文开头再写一遍标题。
  const title = parts.title && !(text[0] && withoutSpace(text[0]) === withoutSpace(parts.title)) ? [parts.title] : []
  const result = importFromParagraphs([...title, ...text])
  const dated = [parts.publishTime, ...noise.filter(isBylineLine)].map((l) => (l ? bylineDate(l) : null)).find((d) => d !== null)
  const publication = result.notice.meta.publication
  if (dated && publication.date === null) {
    const iso = IsoDate.of(dated.year, dated.month, dated.day)
    if (IsoDate.isValid(iso)) publication.date = iso
  }
  const credited = noise.map((l) => /^(?:信息)?来源\s*[:：丨|]\s*(\S+)$/.exec(l)?.[1]).find((s) => s !== undefined)
  if (publication.source === null) publication.source = parts.account ?? credited ?? null
  const removed = [...noise, ...cut]
  if (removed.length) {
    const shown = removed
      .slice(0, 6)
      .map((l) => `“${l.length > 30 ? l.slice(0, 30) + '…' : l}”`)
      .join('、')
    const finding: Finding = {
      rule: 'import-page-noise',
      severity: 'info',
      message: `去掉了公众号文章的${removed.length}行杂项（关注提示、署名、推荐文章等）：${shown}${removed.length > 6 ? '等' : ''}。`,
      location: { path: ['meta', 'publication'] },
    }
    result.findings.push(finding)
  }
  return result
}
