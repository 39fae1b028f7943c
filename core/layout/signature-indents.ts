// 发文机关署名与成文日期的右缩进（GB/T 9704-2012 7.3.5）：加盖印章时日期右空四字、署名以日期为准居中；
// 不加盖印章时署名右空二字、日期首字比署名首字右移二字。公式见 export-compliance §1.8，宽度按实际字宽量。
import { FONT_SIZE_PT, GRID, SIGNATURE, TWIPS_PER_PT } from '../spec/gbt9704'
import { measurePt } from './break-lines'

export interface SignatureIndents {
  org: number
  date: number
}

/** 3号仿宋一行文字排出来的宽度（twip）：数字按字体实宽，中西文之间有自动间距。 */
export function renderedWidthTw(s: string): number {
  return measurePt([{ text: s, face: 'serif', sizePt: FONT_SIZE_PT.三号, spacingPt: GRID.characterSpacing / 20 }]) * TWIPS_PER_PT
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
