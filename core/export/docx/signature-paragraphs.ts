// 发文机关署名与成文日期（GB/T 9704-2012 7.3.5）：加盖印章时日期右空四字、署名以日期为准居中；
// 不加盖印章时署名右空二字、日期首字比署名首字右移二字。公式见 export-compliance §1.8。
import type { Paragraph } from 'docx'
import { CHAR_TW, SIGNATURE } from '../../spec/gbt9704'
import { cleanText } from '../clean-text'
import { displayWidth } from '../title-lines'
import { blankParagraph, styledParagraph, styledRun } from './paragraph'

export interface SignatureIndents {
  org: number
  date: number
}

/**
 * 排出来的宽度（twip）。§1.8 的公式按半角数字半字计，但实际排版中数字略宽于半字，
 * 且 Word 与 LibreOffice 都在汉字与数字之间自动加约四分之一字的间隙（autoSpaceDN）：
 * “2024年9月20日”按半字计为 5 字，实排约 8 字，署名若据前者居中会偏出 4 mm。
 * 取数字 0.55 字、每个汉字与数字的交界 0.25 字。[VERIFIED：LibreOffice 7.4，偏差 < 0.5 mm]
 */
export function renderedWidthTw(s: string): number {
  let em = 0
  let prevAscii: boolean | null = null
  for (const ch of s) {
    const ascii = displayWidth(ch) < 1
    em += ascii ? 0.55 : 1
    if (prevAscii !== null && prevAscii !== ascii) em += 0.25
    prevAscii = ascii
  }
  return em * CHAR_TW
}

/** 署名与日期的右缩进（twip）。 */
export function signatureIndents(org: string, date: string, sealed: boolean): SignatureIndents {
  const wOrg = renderedWidthTw(org)
  const wDate = renderedWidthTw(date)
  if (sealed) {
    const dateIndent = SIGNATURE.sealedDateRightIndentTw
    return { date: dateIndent, org: Math.max(0, Math.round(dateIndent + (wDate - wOrg) / 2)) }
  }
  const two = SIGNATURE.unsealedRightIndentTw
  if (wDate <= wOrg) return { org: two, date: Math.round(wOrg - wDate) }
  return { date: two, org: Math.round(2 * two + wDate - wOrg) }
}

export function signatureParagraphs(org: string, date: string, sealed: boolean): Paragraph[] {
  const orgText = cleanText(org)
  const dateText = cleanText(date)
  const indents = signatureIndents(orgText, dateText, sealed)
  const blanks = Array.from({ length: sealed ? SIGNATURE.blankLinesSealed : SIGNATURE.blankLinesUnsealed }, blankParagraph)
  const out = [...blanks]
  if (orgText) out.push(styledParagraph('signature', [styledRun(orgText)], { indent: { right: indents.org } }))
  if (dateText) out.push(styledParagraph('date', [styledRun(dateText)], { indent: { right: indents.date } }))
  return out
}
