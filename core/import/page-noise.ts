/** 网页抓取带来的杂项行（导航、分享、打印、字号、页脚），以及其中可保留的发布日期与来源。 */
import { IsoDate } from '../model/dates'

/** 整行即是杂项的写法。只认短行，正文句子不会被误删。 */
const NOISE_LINES: RegExp[] = [
  /^进入关怀版$/,
  /^(网站)?首页$/,
  /^(>>?|»|＞)/,
  /^(您现在的位置|当前位置|您的位置)[:：]/,
  /^(发布日期|发布时间|时间|日期|信息来源|来源|作者|编辑|责任编辑|浏览次数|点击数|访问量)[:：]/,
  /字号[:：]?\s*[[【(（]?\s*(大|中|小|\s)*[\]】)）]?$/,
  /^分享(到)?[:：]?/,
  /(打印本页|打印本稿|关闭窗口|关闭本页|返回顶部|【打印】|【关闭】)/,
  /^\d{1,3}$/,
  /^Produced By/i,
  /^(附件下载|附件[:：]?|扫一扫在手机上查看当前页面|扫一扫|政策文件|相关链接|相关文章|相关新闻|请输入以下评论内容|发表评论|我要评论|上一篇|下一篇|上一条|下一条)/,
  /^(主办|承办|版权所有|Copyright|网站标识码|ICP备|.*ICP备\d)/i,
]

/** 这一行是不是网页杂项。 */
export function isNoiseLine(line: string): boolean {
  if (line.length > 80) return false
  return NOISE_LINES.some((re) => re.test(line))
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
