// 页上文字以外的标记：红色分隔线、版记分隔线、页码。PDF 的打印页与 OFD 导出都照这里画，位置一处算出。
import { BANJI, FONT_SIZE_PT, PAGE, PAGE_NUMBER, REDHEAD, TWIPS_PER_PT } from '../spec/gbt9704'
import type { LayoutPage } from './layout-notice'

/** 一条与版心等宽的横线：上边缘在第 row 格（可为小数）的上边，粗 widthPt，颜色为六位十六进制。 */
export interface PageRule {
  /** 版头的红色分隔线；版记的粗线（首末条）、细线（中间）。 */
  kind: 'separator' | 'thick' | 'thin'
  row: number
  widthPt: number
  color: string
}

/**
 * 版头的红色分隔线（7.2.7：发文字号之下 4 mm，与版心等宽）画在分隔线所占一格的 0.22 处；
 * 版记（7.4.1）：首条粗线在版记第一段之上，段与段之间细线，末条粗线在版记末行之下（与版心下边缘重合）。
 */
export function pageRules(page: LayoutPage): PageRule[] {
  const rules: PageRule[] = []
  const sep = page.lines.find((l) => l.para.role === 'separator')
  if (sep) rules.push({ kind: 'separator', row: sep.row + 0.22, widthPt: REDHEAD.separatorSizeEighthPt / 8, color: REDHEAD.color })
  const banji = page.lines.filter((l) => l.para.role.startsWith('banji'))
  if (banji.length) {
    const tops = [...new Set(banji.map((l) => l.para))].map((p) => banji.find((l) => l.para === p)!.row)
    tops.forEach((t, i) =>
      rules.push(
        i === 0
          ? { kind: 'thick', row: t, widthPt: BANJI.thickRuleEighthPt / 8, color: '000000' }
          : { kind: 'thin', row: t, widthPt: BANJI.thinRuleEighthPt / 8, color: '000000' },
      ),
    )
    rules.push({ kind: 'thick', row: Math.max(...banji.map((l) => l.row + l.rows)), widthPt: BANJI.thickRuleEighthPt / 8, color: '000000' })
  }
  return rules
}

/** 页码文字（7.5）：“— N —”，一字线与数字之间各一个空格。 */
export const pageNumberText = (n: number) => `${PAGE_NUMBER.dash} ${n} ${PAGE_NUMBER.dash}`

/** 7.5 单页码居右、双页码居左。 */
export const pageNumberOnRight = (n: number) => n % 2 === 1

const pt = (tw: number) => tw / TWIPS_PER_PT

/**
 * 页码的位置（7.5）：框的上边距纸顶 topPt（一字线上距版心下边缘 7 mm，框上提 7 pt 使一字线落在那里），
 * 单页码右边距纸右边 insetPt（翻口加空一字），双页码左边距纸左边 insetPt（订口加空一字）。
 */
export function pageNumberPlace(n: number): { topPt: number; side: 'left' | 'right'; insetPt: number; sizePt: number } {
  const side = pt(PAGE_NUMBER.sideIndentTw)
  const topPt = pt(PAGE.heightTw - PAGE.bottomTw) + (PAGE_NUMBER.belowTypeAreaMm * 72) / 25.4 - 7
  const sizePt = FONT_SIZE_PT[PAGE_NUMBER.size]
  return pageNumberOnRight(n)
    ? { topPt, side: 'right', insetPt: pt(PAGE.rightTw) + side, sizePt }
    : { topPt, side: 'left', insetPt: pt(PAGE.leftTw) + side, sizePt }
}
