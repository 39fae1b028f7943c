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

/** 署名与日期的右缩进（twip）。宽度按汉字一字、半角数字半字计。 */
export function signatureIndents(org: string, date: string, sealed: boolean): SignatureIndents {
  const wOrg = displayWidth(org) * CHAR_TW
  const wDate = displayWidth(date) * CHAR_TW
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
