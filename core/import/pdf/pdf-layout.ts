/**
 * PDF 的版面 → 段落：只看文字块的位置（不依赖 pdfjs），按行归并、去掉页眉页脚和页码，
 * 再用行距、缩进和版心宽度把折开的行接回成段。
 *
 * 分段的依据（公文与一般文字处理软件的排法）：
 * - 首行缩进两字（离版心左缘一个半字以上）的行开始新段；居中、右对齐的行同理；
 * - 上一行没有排到版心右缘（短了一个半字以上），上一段在那里结束；
 * - 排满一行的，下一行接着它——跨页也一样；
 * - 行距比本页正文行距大出一半以上（段前段后空），或字号变了（标题与正文），另起一段；
 * - 不缩进的排法（纯文本直接排版）里，以句末标点结束的满行之后若是“一、”“（一）”“1.”这样的序号，另起一段；
 * - 左对齐时行尾参差：下一行开头的西文单词（邮箱、网址）在上一行剩下的地方放不下，上一行仍算满行。
 * 汉字之间接行不加空格；两侧都是西文字母时才补一个空格。
 */
import { readMarker } from '../markers'
import { withUnifiedIdeographs } from './radicals'

/** 一个文字块：基线左端的坐标（PDF 坐标，y 向上）、宽度和字号，单位为点。 */
export interface PdfTextItem {
  str: string
  x: number
  y: number
  width: number
  size: number
}

export interface PdfPageText {
  width: number
  height: number
  items: PdfTextItem[]
}

export interface PdfLayout {
  paragraphs: string[]
  /** 去掉的页码、页眉页脚（原文） */
  furniture: string[]
}

interface Line {
  page: number
  text: string
  left: number
  right: number
  y: number
  size: number
  /** 行首不能断开的一串（西文单词，或汉字连着西文标点和西文）的宽度；上一行放不下它才折行 */
  leadWord: number
}

/** 汉字、假名、全角字符与中文标点：它们之间接行、接块都不加空格。 */
const WIDE = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f“”‘’—…·]/
const LATIN = /[A-Za-z]/

/** 页码的写法：“— 3 —”“-3-”“第3页”“第 3 页 共 12 页”“3 / 12”“3”。 */
const PAGE_NUMBER = [
  /^[-—–－―─~～\s]*\d{1,5}[-—–－―─~～\s]*$/,
  /^第\s*\d{1,5}\s*页(\s*[,，/、]?\s*共\s*\d{1,5}\s*页)?$/,
  /^\d{1,5}\s*[/／]\s*\d{1,5}$/,
  /^(page\s*)?\d{1,5}(\s*of\s*\d{1,5})?$/i,
]
export const isPageNumber = (text: string): boolean => PAGE_NUMBER.some((re) => re.test(text.trim()))

function median(values: number[]): number {
  if (values.length === 0) return 0
  const s = [...values].sort((a, b) => a - b)
  return s[Math.floor(s.length / 2)]!
}

function quantile(values: number[], q: number): number {
  if (values.length === 0) return 0
  const s = [...values].sort((a, b) => a - b)
  return s[Math.min(s.length - 1, Math.floor(q * s.length))]!
}

/** 出现最多的取值（按 1 点取整），字数加权。 */
function mode(values: { value: number; weight: number }[]): number | null {
  const counts = new Map<number, number>()
  for (const { value, weight } of values) counts.set(Math.round(value), (counts.get(Math.round(value)) ?? 0) + weight)
  let best: number | null = null
  let n = 0
  for (const [v, c] of counts) if (c > n || (c === n && best !== null && v < best)) [best, n] = [v, c]
  return best
}

/** 两段文字相接处是否要空格：两侧都是西文字母（或数字接字母）才要。 */
function needsSpace(before: string, after: string): boolean {
  const a = before.slice(-1)
  const b = after.slice(0, 1)
  return (LATIN.test(a) || /\d/.test(a)) && LATIN.test(b)
}

/** 块里汉字两侧的空格是排版留的间距（中西文之间的自动间距），不是原文。 */
function tightenCjk(text: string): string {
  return text.replace(/[ \t\u00a0]+/g, ' ').replace(new RegExp(`(?<=${WIDE.source}) | (?=${WIDE.source})`, 'g'), '')
}

/**
 * 行首不能断开的一串的宽度：一串西文（邮箱、网址、数字），或一个汉字带着紧跟的不能居行首的西文标点
 * 和其后的西文（“箱:abc@163.com”“编:225500;”）。按各块的宽度按字数比例量出。
 */
function leadWordWidth(group: PdfTextItem[]): number {
  const items = group.filter((i) => i.str.trim() !== '')
  const text = items.map((i) => i.str).join('')
  const run = /^(?:[^\x20-\x7e][!%),.:;?\]}]+)?[\x21-\x7e]*/.exec(text)![0].length
  if (run < 2) return 0
  let left = run
  let end = items[0]!.x
  for (const item of items) {
    const take = Math.min(left, item.str.length)
    end = item.x + (item.width * take) / item.str.length
    left -= take
    if (left === 0) break
  }
  return end - items[0]!.x
}

/** 一页的文字块 → 行（自上而下），块按横坐标拼接。 */
function pageLines(page: PdfPageText, index: number): Line[] {
  const items = page.items.filter((i) => i.str !== '' && Number.isFinite(i.x) && Number.isFinite(i.y) && i.size > 0)
  items.sort((a, b) => b.y - a.y || a.x - b.x)
  const groups: PdfTextItem[][] = []
  for (const item of items) {
    const last = groups[groups.length - 1]
    // 同一基线（容差为字号的四成）：上下标和字号略有不同的块仍在同一行。
    if (last && Math.abs(last[0]!.y - item.y) <= 0.4 * Math.max(last[0]!.size, item.size)) last.push(item)
    else groups.push([item])
  }
  const lines: Line[] = []
  for (const group of groups) {
    group.sort((a, b) => a.x - b.x)
    let text = ''
    let end = -Infinity
    let left = Infinity
    let right = -Infinity
    const sizes: { value: number; weight: number }[] = []
    for (const item of group) {
      const str = item.str
      if (str.trim() === '') {
        // 空格块只在西文之间算数；记下有过间隔。
        if (text && !text.endsWith(' ')) text += ' '
        continue
      }
      const gap = item.x - end
      if (text && !text.endsWith(' ') && gap > 0.25 * item.size && needsSpace(text, str)) text += ' '
      text += str
      end = item.x + item.width
      left = Math.min(left, item.x)
      right = Math.max(right, item.x + item.width)
      sizes.push({ value: item.size, weight: str.length })
    }
    const clean = tightenCjk(withUnifiedIdeographs(text)).trim()
    if (clean === '') continue
    lines.push({
      page: index,
      text: clean,
      left,
      right,
      y: group[0]!.y,
      size: mode(sizes) ?? group[0]!.size,
      leadWord: leadWordWidth(group),
    })
  }
  return lines
}

/** 页眉页脚：在多页的顶行或底行、同一高度重复出现的文字（数字换成 #，页码、期号不同也算重复）。 */
const furnitureKey = (l: Line) => `${Math.round(l.y / 4)}|${l.text.replace(/\d+/g, '#').replace(/\s+/g, '')}`

/** 去掉每页顶部、底部的页码和重复的页眉页脚。 */
function stripFurniture(pages: Line[][]): { body: Line[][]; furniture: string[] } {
  const furniture: string[] = []
  const counts = new Map<string, number>()
  for (const lines of pages) {
    const ends = new Set([lines[0], lines[1], lines[lines.length - 2], lines[lines.length - 1]].filter((l): l is Line => !!l))
    for (const key of new Set([...ends].map(furnitureKey))) counts.set(key, (counts.get(key) ?? 0) + 1)
  }
  // 三页以上的文件，一半以上的页面顶部或底部都有的一行（数字不计）。
  const repeated = (l: Line) => pages.length >= 3 && (counts.get(furnitureKey(l)) ?? 0) >= Math.max(3, pages.length / 2)
  const isFurniture = (l: Line) => isPageNumber(l.text) || (repeated(l) && l.text.length <= 60)
  const body = pages.map((lines) => {
    let start = 0
    let end = lines.length
    // 顶部、底部各至多两行（页眉加页码）。
    for (let k = 0; k < 2 && start < end && isFurniture(lines[start]!); k++) furniture.push(lines[start++]!.text)
    for (let k = 0; k < 2 && end > start && isFurniture(lines[end - 1]!); k++) furniture.push(lines[--end]!.text)
    return lines.slice(start, end)
  })
  return { body, furniture }
}

interface Measure {
  /** 正文字号 */
  size: number
  /** 正文行距（同页相邻两行基线之差的中位数） */
  pitch: number
  /** 版心右缘 */
  right: number
  /** 每页的版心左缘（单双页可能不同） */
  left: number[]
}

function measure(pages: Line[][], pageWidths: number[]): Measure {
  const all = pages.flat()
  const size = mode(all.map((l) => ({ value: l.size, weight: l.text.length }))) ?? 12
  const body = all.filter((l) => Math.abs(l.size - size) <= 0.15 * size)
  const steps: number[] = []
  for (const lines of pages) {
    for (let i = 1; i < lines.length; i++) {
      const d = lines[i - 1]!.y - lines[i]!.y
      if (d > 0 && Math.abs(lines[i]!.size - size) <= 0.15 * size && Math.abs(lines[i - 1]!.size - size) <= 0.15 * size) steps.push(d)
    }
  }
  const globalLeft = mode(body.map((l) => ({ value: l.left, weight: 1 }))) ?? 0
  const left = pages.map((lines) => {
    const own = lines.filter((l) => Math.abs(l.size - size) <= 0.15 * size)
    return own.length >= 3 ? (mode(own.map((l) => ({ value: l.left, weight: 1 }))) ?? globalLeft) : globalLeft
  })
  // 右缘取正文各行右端的九成分位：两端对齐时多数行正好到右缘，左对齐时满行也只差不到一字。
  // 正文不足八行时分位数靠不住（可能一行也没排满），取它与“左右页边距相同”推出的右缘中较大的一个。
  const right = quantile(
    body.map((l) => l.right),
    0.9,
  )
  const symmetric = Math.max(...pageWidths) - globalLeft - size
  return { size, pitch: median(steps) || size * 1.5, right: body.length >= 8 ? right : Math.max(right, symmetric), left }
}

const SENTENCE_END = /[。！？!?]$/
const CLAUSE_END = /[。！？!?；;：:]$/

/** 正文各行 → 段落。 */
function joinLines(pages: Line[][], m: Measure): string[] {
  const out: string[] = []
  let prev: Line | null = null
  for (const lines of pages) {
    for (const line of lines) {
      const left = m.left[line.page]!
      const indented = line.left - left >= 1.5 * line.size
      let fresh = prev === null || indented
      if (prev && !fresh) {
        // 以分句标点结束的行要几乎排到右缘才算满行（标点不能排在行首，满行的句号常被挤进行尾）。
        const slack = CLAUSE_END.test(prev.text) ? 0.6 * prev.size : 1.5 * prev.size
        // 左对齐的西文：下一行开头的单词（邮箱、网址）在上一行放不下，才折到下一行，上一行并没有结束。
        const filled = prev.right >= m.right - slack || prev.right + line.leadWord > m.right
        const sizeChanged = Math.abs(line.size - prev.size) > 0.15 * Math.max(line.size, prev.size)
        const gap = prev.page === line.page ? prev.y - line.y : 0
        const spaced = gap > 1.6 * m.pitch * (Math.max(line.size, prev.size) / m.size)
        const markerAfterSentence = SENTENCE_END.test(prev.text) && readMarker(line.text) !== null
        fresh = !filled || sizeChanged || spaced || markerAfterSentence
      }
      if (fresh || out.length === 0) out.push(line.text)
      else out[out.length - 1] += (needsSpace(out[out.length - 1]!, line.text) ? ' ' : '') + line.text
      prev = line
    }
  }
  return out
}

/** 各页文字块 → 段落（阅读顺序），并列出去掉的页码、页眉页脚。 */
export function pdfParagraphs(pages: PdfPageText[]): PdfLayout {
  const lines = pages.map(pageLines)
  const { body, furniture } = stripFurniture(lines)
  if (body.every((l) => l.length === 0)) return { paragraphs: [], furniture }
  return {
    paragraphs: joinLines(
      body,
      measure(
        body,
        pages.map((p) => p.width),
      ),
    ),
    furniture,
  }
}
