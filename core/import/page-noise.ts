/**
 * 网页抓取带来的杂项行（导航、发布信息、页面按钮、计数、页脚），以及其中可保留的发布日期与来源。
 * 按这些行“是什么”来认，而不是背某几个网站的原话：面包屑是被导航分隔号隔开的短词，发布信息是“标签：值”且值有日期，
 * 按钮是一串界面动词，计数是孤零零的数字，页脚是版权与备案声明。正文句子有句读，这些行没有，所以带句读的行一律不算。
 */
import { IsoDate } from '../model/dates'

/** 杂项的种类（规则说明它是哪一种）。 */
export type NoiseKind = 'navigation' | 'publication' | 'control' | 'counter' | 'footer'

/** 正文的句读：杂项行里没有这些。 */
const PROSE_PUNCTUATION = /[，。；！？,;!?]/
/** 导航分隔号：“首页 >> 巡察工作”“ > 廉政新闻 > 巡察工作”“首页 » 通知”。 */
const CRUMB_SEPARATOR = /\s*(?:>{1,2}|»|＞{1,2}|›|→)\s*/
/** “您现在的位置：”“当前位置：”这类说明“这是导航”的标签。 */
const LOCATION_LABEL = /^\p{Script=Han}{0,6}位置\s*[:：]/u
/** “标签：值”：汉字标签、冒号、到下一个空白或下一个标签为止的值（日期后可带时刻；PDF 里各对之间常没有空格）。 */
const LABEL_VALUE = /(\p{Script=Han}{2,6})\s*[:：]\s*((?:(?!\p{Script=Han}{2,6}\s*[:：])[^\s:：])*(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?)/gu
/** 值里有年月（“2021-06-18”“2024年9月”）；区号开头的电话“0571-86012345”不是。 */
const HAS_DATE = /(?<!\d)(?:19|20)\d{2}\s*[-/.年]\s*[01]?\d(?!\d)/
/**
 * 页面按钮与链接上的动词：打印、关闭、分享、收藏、返回顶部、上一篇……，以及字号的“大 中 小”。
 * 这些是网页界面的说法，不是通报的用语；一行只由它们组成才算。
 */
const CONTROL_WORD =
  /^(打印|关闭|分享|收藏|返回(顶部|首页|列表|上页)|回到顶部|扫一扫|进入\p{Script=Han}{0,4}版|切换|放大|缩小|登录|注册|搜索|发表评论|评论|转发|点赞|附件下载|下载|[上下]一(篇|条|页)|字号|请(输入|选择)|我要)/u
/** “上一篇：”“下一条：”后面跟着的是另一篇文章的标题，整行都是链接。 */
const PREV_NEXT = /^[上下]一[篇条页]\s*[:：]/
const FONT_SIZE_WORD = /^(大|中|小|默认|[:：])$/
/** 页脚：版权、备案、主办单位、网站生成系统的落款。 */
const FOOTER = /(©|版权所有|Copyright|ICP备\s*\d|公网安备|网站标识码|^(主办|承办)(单位)?\s*[:：]|^(Produced|Powered|Designed)\s+By\b)/i

function isNavigation(t: string): boolean {
  if (LOCATION_LABEL.test(t)) return true
  const parts = t.split(CRUMB_SEPARATOR)
  if (parts.length < 2) return false
  // 以分隔号开头（前面的“首页”在上一行）时第一段为空。
  return parts.every((p, i) => (p === '' ? i === 0 : p.length <= 12))
}

/** 整行由“标签：值”组成，且有值是日期（或多于一对，或是“来源：新区”这样的短行）。 */
function isPublication(t: string): boolean {
  // 没有冒号就没有“标签：值”：绝大多数行在这里就排除，不必跑 LABEL_VALUE 逐字的否定环视（导入最大样例时省下约 3 ms）。
  if (!t.includes(':') && !t.includes('：')) return false
  const pairs = [...t.matchAll(LABEL_VALUE)]
  if (pairs.length === 0) return false
  // 除去各对之外只剩空白和字号控件的括号（“字号:[ ]”）。
  if (t.replace(LABEL_VALUE, '').replace(/[\s[\]【】()（）|｜丨]/g, '') !== '') return false
  if (pairs.some((p) => HAS_DATE.test(p[2]!))) return true
  if (pairs.length >= 2) return pairs.every((p) => !/\d{5,}|@/.test(p[2]!))
  return t.length <= 16 && /^\p{Script=Han}{1,10}$/u.test(pairs[0]![2]!)
}

function isControls(t: string): boolean {
  if (t.length > 40) return false
  const words = t.split(/[\s【】[\]|｜丨·•]+/).filter((w) => w !== '')
  return words.length > 0 && words.every((w) => (CONTROL_WORD.test(w) && (w.length <= 14 || PREV_NEXT.test(w))) || FONT_SIZE_WORD.test(w))
}

/** 这一行是哪一种网页杂项；不是杂项时为 null。只认短行、不带句读的行，正文句子不会被当成杂项。 */
export function noiseKind(line: string): NoiseKind | null {
  const t = line.trim()
  if (t === '' || t.length > 80) return null
  if (FOOTER.test(t)) return 'footer'
  if (PROSE_PUNCTUATION.test(t)) return null
  if (/^\d{1,3}$/.test(t)) return 'counter'
  if (isNavigation(t)) return 'navigation'
  if (isPublication(t)) return 'publication'
  if (isControls(t)) return 'control'
  return null
}

/** 这一行是不是网页杂项。 */
export function isNoiseLine(line: string): boolean {
  return noiseKind(line) !== null
}

export interface Publication {
  date: string | null
  source: string | null
}

/** 从杂项行中取出发布日期和来源（“发布日期:2025-02-25 08:37 信息来源:市委巡察办”“时间:2021-06-18 来源:…”）。 */
export function publicationFrom(lines: string[]): Publication {
  let date: string | null = null
  let source: string | null = null
  for (const line of lines) {
    const d = /(?:发布日期|发布时间|时间|日期)[:：]\s*(\d{4})\s*[-/年.]\s*(\d{1,2})\s*[-/月.]\s*(\d{1,2})/.exec(line)
    if (d && date === null) {
      const iso = IsoDate.of(Number(d[1]), Number(d[2]), Number(d[3]))
      if (IsoDate.isValid(iso)) date = iso
    }
    const s = /(?:信息来源|来源)[:：]\s*([^\s:：]+)/.exec(line)
    if (s && source === null) source = s[1]!
  }
  return { date, source }
}
