/**
 * 粘贴进来的文字是不是一整篇通报（从网页全选复制来的）：是的话编辑器提议“作为通报导入”，而不是把标题、导语、
 * 联系方式和网页杂项统统当作正文。判断用导入时的同一套识别（标题行、导语、序号、联系方式、网页杂项），不另写一套。
 */
import { isContactParagraph } from './contact'
import { findFrame, isLeadParagraph } from './frame'
import { readMarker } from './markers'
import { isNoiseLine } from './page-noise'
import { isTitleLine } from './title-meta'

/** 一篇通报的几个标志，各自是否出现在粘贴的段落里。 */
export interface NoticeSigns {
  title: boolean
  lead: boolean
  /** 带序号的段落不少于三段（几个编号的部分或条目） */
  numberedParts: boolean
  contact: boolean
  pageNoise: boolean
}

/** 至少这么多段才可能是一整篇；两三段的正文从不触发提议。 */
const MIN_PARAGRAPHS = 5

export function noticeSigns(paragraphs: readonly string[]): NoticeSigns {
  const head = paragraphs.slice(0, 20)
  const tail = paragraphs.slice(-12)
  return {
    title: head.some(isTitleLine),
    lead: head.some(isLeadParagraph),
    numberedParts: paragraphs.filter((p) => (readMarker(p)?.marker.value ?? null) !== null).length >= 3,
    contact: tail.some(isContactParagraph),
    pageNoise: paragraphs.some(isNoiseLine),
  }
}

/**
 * 这些段落读起来是一整篇通报：讲巡视或巡察，有标题或导语，五个标志（标题、导语、几个编号部分、联系方式、网页杂项）
 * 至少占三个，且不少于五段。
 */
export function looksLikeNotice(paragraphs: readonly string[]): boolean {
  if (paragraphs.length < MIN_PARAGRAPHS) return false
  if (!paragraphs.some((p) => /巡视|巡察/.test(p))) return false
  const signs = noticeSigns(paragraphs)
  if (!signs.title && !signs.lead) return false
  return Object.values(signs).filter(Boolean).length >= 3
}

/**
 * “只粘贴正文”时留下的段落与去掉的网页杂项：通报外框剥下的首尾杂项（导航、发布信息、按钮、页脚之间的链接词），
 * 加上中间任何一行杂项。其余各段（标题、导语、联系方式也在内）一字不改地留下。
 */
export function withoutPageNoise(paragraphs: readonly string[]): { kept: string[]; dropped: string[] } {
  const framed = new Set(findFrame([...paragraphs]).noise)
  const kept: string[] = []
  const dropped: string[] = []
  for (const p of paragraphs) (framed.has(p) || isNoiseLine(p) ? dropped : kept).push(p)
  return { kept, dropped }
}
