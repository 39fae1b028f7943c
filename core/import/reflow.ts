/**
 * 段落边界的修复。两种常见的坏法：
 * - 从 PDF 或某些网页复制的文字按固定宽度折行，一段被切成许多等长的行；
 * - 粘贴时换行全丢了，整篇通报挤在一两行里。
 * 前者把“满行且不以句末标点结尾”的行与下一行接起来；后者在句末标点之后、序号之前重新分段。
 * 文字一字不改，只动段落边界。
 */
import { lineDate } from './damaged-dates'
import { readMarker } from './markers'
import { isOrgLine } from './org-line'

/** 段落在句末（或分句末、引号括号）结束。 */
const ENDS = /[。！？!?；;：:”’）)」】》]$/

/**
 * 按固定宽度折行：有一个宽度 W，三成以上的行（至少 5 行）恰好排满 W 个字（或差一个，
 * 全角标点不能排在行首时会缩一格），并且不以句末标点结尾——正常分段的文字，
 * 段末几乎总是句号，长度也参差不齐。
 */
function hardWrapWidth(lines: string[]): number | null {
  // 表格的行（单元格以制表符分隔）长短整齐、不以句号结尾，却不是折行：不计入，也不接（见 unwrap）。
  const open = lines.filter((l) => l.length >= 16 && !ENDS.test(l) && !l.includes('\t'))
  const counts = new Map<number, number>()
  for (const l of open) counts.set(l.length, (counts.get(l.length) ?? 0) + 1)
  let width = 0
  let best = 0
  for (const [len, n] of counts) {
    const near = n + (counts.get(len - 1) ?? 0)
    if (near > best || (near === best && len > width)) [width, best] = [len, near]
  }
  return best >= 5 && best / lines.length >= 0.3 ? width : null
}

/**
 * 折断处的下一行可能以“3、”“)”“2.”开头（原是句中的数字或括号），所以只有“一、”“（一）”
 * 这样的序号才算新段落的开始。
 */
function startsNewParagraph(line: string): boolean {
  const kind = readMarker(line)?.marker.kind
  if (kind === 'han' || kind === 'paren-han') return true
  // 落款的机关和日期各占一行，不属于上一段。
  return /^欢迎/.test(line) || lineDate(line).length > 0 || isOrgLine(line)
}

function unwrap(lines: string[], width: number): string[] {
  const out: string[] = []
  let joinNext = false
  for (const line of lines) {
    if (joinNext && out.length && !startsNewParagraph(line) && !line.includes('\t')) out[out.length - 1] += line
    else out.push(line)
    joinNext = line.length >= width - 1 && !ENDS.test(line) && !line.includes('\t')
  }
  return out
}

const MARKER_AHEAD =
  '(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]|\\d{1,2}[.．](?!\\d)|[（(]\\d{1,2}[）)]|下一步|欢迎广大|整改情况[:：])'
// 序号之前是句末标点，或是没有标点的标题结尾（“……问题的整改情况”“……方面”）。
const SPLIT = new RegExp(`(?<=[。！？!?；;]|情况|方面|问题|的整改)(?=${MARKER_AHEAD})`, 'g')
/** 标题与导语挤在一起：“……的通报根据省委统一部署……”。 */
const TITLE_THEN_LEAD = /^(.{4,100}?的通报)(?=根据|按照|依据)/
/** 联系方式之后的落款：“……。中共某某区委2024年3月15日”。 */
const SIGNATURE_TAIL = /(?<=[。；;])((?:中共)?[^。；;，,：:]{2,30}?(?:委|委员会|党组|党委|工委))(\d{4}年\d{1,2}月\d{1,2}日)$/

function resplit(p: string): string[] {
  const out: string[] = []
  const head = TITLE_THEN_LEAD.exec(p)
  let rest = p
  if (head) {
    out.push(head[1]!)
    rest = p.slice(head[1]!.length)
  }
  const tail = SIGNATURE_TAIL.exec(rest)
  if (tail) rest = rest.slice(0, tail.index)
  for (const s of rest.split(SPLIT)) if (s !== '') out.push(s)
  if (tail) out.push(tail[1]!, tail[2]!)
  return out
}

export interface Reflowed {
  paragraphs: string[]
  /** 修复的种类；未修复时为 null。 */
  repair: 'hard-wrap' | 'no-breaks' | null
}

export function reflow(paragraphs: string[]): Reflowed {
  const width = hardWrapWidth(paragraphs)
  if (width !== null) {
    const unwrapped = unwrap(paragraphs, width)
    if (unwrapped.length < paragraphs.length) return { paragraphs: unwrapped, repair: 'hard-wrap' }
  }
  const total = paragraphs.reduce((n, p) => n + p.length, 0)
  if (paragraphs.length <= 3 && total > 800) {
    const split = paragraphs.flatMap((p) => (p.length > 400 ? resplit(p) : [p]))
    if (split.length > paragraphs.length) return { paragraphs: split, repair: 'no-breaks' }
  }
  return { paragraphs, repair: null }
}
