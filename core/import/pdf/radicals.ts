/**
 * PDF 文字层里的“同形异码”字符 → 正文应有的字符。
 *
 * 思源/Noto 等中文字体里，“工”“见”“户”这样的字与康熙部首“⼯”、简化部首“⻅”“⼾”共用一个字形；生成 PDF 的程序
 * （Chromium 即是）从字形反查码位时常取到部首，复制出来的文字看着一样，比对、搜索、解析却不相等。
 * 部首换成与它同形的统一汉字：先查下表，表里没有的用 Unicode 的兼容分解（NFKC，康熙部首都有）。
 * 下表是 Noto Serif CJK SC 与 Noto Sans CJK SC（Debian fonts-noto-cjk）的 cmap 中与部首共用字形、而与 NFKC
 * 结果不同的统一汉字（简体字形的“⻅→见”“⼾→户”；NFKC 给的是“見”“戶”），两个字一对。
 * 另有 GB2312 的破折号：旧的码表把它映射为 U+2015，简体中文的正文用 U+2014。
 */
const SC_TWINS =
  '⺂乛⺃乚⺅亻⺉刂⺋㔾⺎兀⺏尣⺐尢⺒巳⺓幺⺔彑⺕彐⺖忄⺘扌⺙攵⺛旡⺞歺⺠民⺡氵⺣灬⺤爫⺦丬⺨犭⺫罒⺭礻⺯糹⺰纟⺱罓⺲罒⺳㓁⺹耂⺺肀⺾艹⻁虎⻂衤⻃覀⻅见⻆角⻈讠⻉贝⻋车⻌辶⻐钅⻑長⻒镸⻓长⻔门⻖阝⻘青⻙韦⻚页⻛风⻜飞⻝食⻟飠⻠饣⻢马⻣骨⻤鬼⻥鱼⻦鸟⻧卤⻨麦⻩黄⻪黾⻫斉⻬齐⻮齿⻯竜⻰龙⻱龜⻲亀⼾户'

const TWIN = new Map<string, string>([
  ...Array.from({ length: SC_TWINS.length / 2 }, (_, i) => [SC_TWINS[2 * i]!, SC_TWINS[2 * i + 1]!] as [string, string]),
  ['\u2015', '\u2014'],
  ['\u2329', '\u3008'],
  ['\u232a', '\u3009'],
])

const SUSPECT = /[\u2015\u2329\u232a\u2e80-\u2eff\u2f00-\u2fdf\uf900-\ufaff]/g

/** 把文字里的部首码位、兼容汉字和旧码表的破折号换成正文应有的字符；别的字符不动。 */
export function withUnifiedIdeographs(text: string): string {
  return text.replace(SUSPECT, (c) => TWIN.get(c) ?? c.normalize('NFKC'))
}
