/**
 * 通报的“外框”：从段落首尾找出标题、导语、联系方式、落款，把它们之外的网页杂项剥掉，
 * 中间留下正文（组织情况到下一步）。杂项只从首尾剥，且只剥短行或形似杂项的行，正文一句不丢。
 */
import { isContactParagraph } from './contact'
import { lineDate } from './damaged-dates'
import { readMarker } from './markers'
import { isOrgLine } from './org-line'
import { isNoiseLine } from './page-noise'
import { isTitleLine, parseTitle, type TitleMeta } from './title-meta'

export interface Frame {
  /** 剥掉的网页杂项行（发布日期、来源从中读取） */
  noise: string[]
  title: TitleMeta | null
  /** 导语各段 */
  lead: string[]
  /** 正文：导语之后、联系方式之前 */
  body: string[]
  /** 联系方式各段 */
  contact: string[]
  signatureOrg: string | null
  /** 落款日期的原文 */
  signatureDate: string | null
}

/** 导语的开头与标志性说法。 */
export function isLeadParagraph(p: string): boolean {
  if (p.length > 600) return false
  return (
    (/^(根据|按照|依据|经|遵照)/.test(p) && /(巡视|巡察)/.test(p)) ||
    /(进行了|开展了)[^。]{0,20}(巡视|巡察)/.test(p) ||
    /(反馈了?[^。]{0,6}(巡视|巡察)?意见)/.test(p)
  )
}

/** 分行标题的上半截：短、无标点、不是杂项。 */
function isTitleHead(p: string): boolean {
  return p.length <= 40 && !/[，,。；;：:！？!?、]/.test(p) && !isNoiseLine(p) && readMarker(p) === null
}

/** 头部：标题与导语，以及它们之前的杂项。返回正文开始的位置。 */
function head(paras: string[], frame: Frame): number {
  // 标题之前只能是短的杂项行；标题前若有长段落，那不是网页杂项，不能因找到“标题”而丢掉。
  const window = paras.slice(0, 15)
  const firstLong = window.findIndex((p) => p.length > 60 && !isNoiseLine(p))
  const titleIdx = window.findIndex((p, i) => isTitleLine(p) && !isNoiseLine(p) && (firstLong < 0 || i <= firstLong))
  const leadIdx = paras.findIndex((p, i) => i > titleIdx && i < titleIdx + 12 && isLeadParagraph(p))
  let start = 0
  if (titleIdx >= 0) {
    // 公文标题排成两三行（GB/T 9704 7.3.1 的梯形或菱形）时，前面几行是标题的上半截。
    let from = titleIdx
    while (from > 0 && titleIdx - from < 2 && !/关于/.test(paras.slice(from, titleIdx + 1).join('')) && isTitleHead(paras[from - 1]!))
      from--
    frame.title = parseTitle(paras.slice(from, titleIdx + 1).join(''))
    for (const p of paras.slice(0, from)) frame.noise.push(p)
    start = titleIdx + 1
  }
  if (leadIdx >= 0) {
    // 标题与导语之间：杂项行剥掉；没有标题时，导语之前的短行是导航，长段落留作导语。
    for (const p of paras.slice(start, leadIdx)) {
      const dropped = isNoiseLine(p) || (frame.title === null && p.length <= 60)
      ;(dropped ? frame.noise : frame.lead).push(p)
    }
    frame.lead.push(paras[leadIdx]!)
    return leadIdx + 1
  }
  while (start < paras.length && isNoiseLine(paras[start]!)) frame.noise.push(paras[start++]!)
  return start
}

/** 尾部：联系方式、落款与页脚杂项。返回正文结束的位置。 */
function tail(paras: string[], start: number, frame: Frame): number {
  // 联系方式以“欢迎广大干部群众…监督”开头；没有开头语时取最后一段带联系渠道的段落。
  let contactStart = -1
  for (let i = paras.length - 1; i >= start && contactStart < 0; i--)
    if (/^欢迎/.test(paras[i]!) && isContactParagraph(paras[i]!)) contactStart = i
  if (contactStart < 0) {
    for (let i = paras.length - 1; i >= start && contactStart < 0; i--)
      if (isContactParagraph(paras[i]!) && !isNoiseLine(paras[i]!)) contactStart = i
    while (contactStart > start && isContactParagraph(paras[contactStart - 1]!) && !/^下一步/.test(paras[contactStart - 1]!)) contactStart--
  }
  let end: number
  let after: string[]
  if (contactStart >= 0) {
    let i = contactStart
    do frame.contact.push(paras[i++]!)
    while (i < paras.length && isContactParagraph(paras[i]!) && !/^欢迎/.test(paras[i]!) && !isNoiseLine(paras[i]!))
    end = contactStart
    after = paras.slice(i)
  } else {
    // 没有联系方式：从末尾剥去杂项，落款（如有）在最后。
    end = paras.length
    while (end > start && isNoiseLine(paras[end - 1]!) && lineDate(paras[end - 1]!).length === 0) end--
    after = paras.slice(end)
    if (end - 1 >= start && lineDate(paras[end - 1]!).length) {
      after.unshift(paras[--end]!)
      if (end - 1 >= start && isOrgLine(paras[end - 1]!)) after.unshift(paras[--end]!)
    }
  }
  for (const p of after) {
    if (frame.signatureOrg === null && frame.signatureDate === null && isOrgLine(p) && !isNoiseLine(p)) frame.signatureOrg = p
    else if (frame.signatureDate === null && lineDate(p).length) frame.signatureDate = p
    // 联系方式之后的长段落不是页脚，留在联系方式里，一句不丢。
    else if (p.length > 60 && !isNoiseLine(p) && frame.contact.length) frame.contact.push(p)
    else frame.noise.push(p)
  }
  return end
}

export function findFrame(paras: string[]): Frame {
  const frame: Frame = { noise: [], title: null, lead: [], body: [], contact: [], signatureOrg: null, signatureDate: null }
  const start = head(paras, frame)
  const end = tail(paras, start, frame)
  frame.body = paras.slice(start, Math.max(start, end))
  return frame
}
