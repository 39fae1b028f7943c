/**
 * 微信公众号文章里不属于正文的行。按这些行“是什么”来认，而不是逐条列出见过的句子：
 * - 阅读界面的文字：整行只由微信界面上的操作和对象（扫一扫、关注、公众号、在看、阅读原文、小程序……）、
 *   界面状态（预览时、不可点、已、取消）和计数组成，去掉这些就什么也不剩——通报的句子总有界面之外的实词；
 * - 署名行：公众号名、作者与“发表于某地”或精确到分钟的发表时间（正文的日期不带钟点）；
 * - 编辑署名：“来源：”“编辑：”“审核：”这类制作分工，后面只跟一个名字；
 * - 装饰：整行只是箭头、符号、“END”；
 * - 推荐区：“喜欢此内容的人还喜欢”“往期推荐”之类的栏目名，它之后都是别的文章的标题。
 */

/** 微信阅读界面的词：操作、界面对象、状态。按长词优先排列，逐个从行里去掉。 */
const INTERFACE_WORDS = [
  // 操作
  '扫一扫',
  '扫描',
  '长按',
  '识别',
  '点击',
  '轻触',
  '轻点两下',
  '轻点',
  '点亮',
  '向上滑动',
  '向下滑动',
  '继续滑动',
  '滑动',
  '关注',
  '转发',
  '分享',
  '收藏',
  '点赞',
  '留言',
  '写留言',
  '置顶',
  '设为星标',
  '星标',
  '看',
  '打开',
  '使用',
  '允许',
  '取消',
  '知道了',
  '发送给朋友',
  '分享到',
  '复制链接',
  // 界面对象
  '微信',
  '公众号',
  '公众平台',
  '小程序',
  '阅读原文',
  '原文',
  '阅读',
  '在看',
  '赞',
  '视频',
  '音乐',
  '图片',
  '二维码',
  '朋友圈',
  '蓝字',
  '标签',
  '下一个',
  '下一篇',
  '上一篇',
  '文章',
  '完整服务',
  '内容',
  '此内容',
  '的人',
  '还喜欢',
  '喜欢',
  '我们',
  '本号',
  '该',
  '上方',
  '下方',
  '放大',
  // 状态
  '预览时',
  '不可点',
  '已',
  '暂无',
  '更多',
].sort((a, b) => b.length - a.length)

const INTERFACE_RE = new RegExp(INTERFACE_WORDS.join('|'), 'g')
const HAS_INTERFACE_WORD = new RegExp(INTERFACE_WORDS.join('|'))
/** 计数与连接：数字、“万”“w”、“+”，以及标点、空白、竖线、圆点。 */
const FILLER = /[\d.,，、:：;；!！?？·•|丨/\\\s\u00a0\u3000万wW+＋“”"'‘’()（）【】[\]<>《》→←↑↓▲▼►◄★☆●○◆◇■□~～—–-]+/g

/** 整行只由界面的词、计数和标点组成。 */
export function isInterfaceLine(line: string): boolean {
  if (line.length > 40 || /[。；]/.test(line)) return false
  return line.replace(INTERFACE_RE, '').replace(FILLER, '') === '' && HAS_INTERFACE_WORD.test(line)
}

/** 署名行：有“发表于”，或有精确到分钟的日期时间。 */
const BYLINE_TIME = /(\d{4})[-/年.](\d{1,2})[-/月.](\d{1,2})日?\s*\d{1,2}:\d{2}/
export function isBylineLine(line: string): boolean {
  return line.length <= 80 && (/发表于/.test(line) || BYLINE_TIME.test(line)) && !/[。；]/.test(line)
}

/** 署名行里的发表日期（ISO）。 */
export function bylineDate(line: string): { year: number; month: number; day: number } | null {
  const m = BYLINE_TIME.exec(line) ?? /(\d{4})[-/年.](\d{1,2})[-/月.](\d{1,2})/.exec(line)
  return m ? { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) } : null
}

/** 编辑署名：制作分工 + 冒号（或竖线）+ 一个短名字。 */
const CREDIT =
  /^(来源|信息来源|文字|文|图片|图|视频|撰稿|供稿|作者|编辑|责编|责任编辑|值班编辑|美编|排版|校对|审核|审校|初审|复审|终审|监制|统筹|出品|制作)\s*[:：丨|]\s*\S{1,30}$/
export function isCreditLine(line: string): boolean {
  return line.length <= 40 && CREDIT.test(line)
}

/** 装饰行：没有一个汉字、字母或数字，或只是“END”。 */
export function isDecorationLine(line: string): boolean {
  return !/[\p{L}\p{N}]/u.test(line) || /^[\W_]*END[\W_]*$/i.test(line)
}

/** 推荐区的栏目名：读、推荐、回顾、精选一类的词组成的短行，或“……还喜欢”。 */
export function isRecommendationHeading(line: string): boolean {
  if (line.length > 16) return false
  const words = line.replace(FILLER, '')
  return (
    /还喜欢$/.test(words) ||
    (/^(往期|近期|相关|延伸|精彩|热门|更多|推荐)*(推荐|回顾|阅读|精选|文章|好文)$/.test(words) && words.length >= 4)
  )
}

/** 公众号的杂项行（不含推荐区，推荐区由调用方整段截去）。 */
export function isWechatNoise(line: string): boolean {
  return isInterfaceLine(line) || isBylineLine(line) || isCreditLine(line) || isDecorationLine(line)
}
