// 样例原文的正文段落，供文本保真度比对：去掉 seeds-expected.json 中人工列出的网页杂项行
// （header/footer，去空白后整行相同）和只含空白的行，以及标题前的网站栏目标签（如“【巡察进行时】”，
// genre.md：不属于标题）。这里不调用导入器的任何识别逻辑，正文边界由人工标注决定。
import { seedsExpected, seedText } from '../support/seeds'

const strip = (s: string) => s.replace(/[\s\u00a0\u3000\ufeff]+/g, '')

export function seedBodyParagraphs(name: string): string[] {
  const noise = seedsExpected().seeds[name]?.structure?.page_noise as { header?: string[]; footer?: string[] } | null
  const noiseLines = new Set([...(noise?.header ?? []), ...(noise?.footer ?? [])].map(strip))
  return seedText(name)
    .split(/\r?\n/)
    .filter((l) => strip(l) !== '' && !noiseLines.has(strip(l)))
    .map((l, i) => (i === 0 ? l.replace(/^\s*【[^】]*】/, '') : l))
}
