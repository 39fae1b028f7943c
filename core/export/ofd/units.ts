// 磅与毫米：版式以 pt 计，OFD 以 mm 计（GB/T 33190-2016 的坐标单位）。页面几何取自 GB/T 9704（core/spec/gbt9704）。
import { GRID, PAGE, TWIPS_PER_PT } from '../../spec/gbt9704'

export const MM_PER_PT = 25.4 / 72
export const ptToMm = (pt: number) => pt * MM_PER_PT
const twToMm = (tw: number) => ptToMm(tw / TWIPS_PER_PT)

/** 版心左上角与行距（mm）：Word 与 PDF 用的 twip 值换算，不另取 37 mm、28 mm（二者差 0.02 mm）。 */
export const TYPE_AREA = { leftMm: twToMm(PAGE.leftTw), topMm: twToMm(PAGE.topTw), widthMm: twToMm(PAGE.textWidthTw) } as const
export const LINE_PITCH_PT = GRID.linePitchTw / TWIPS_PER_PT
export const LINE_PITCH_MM = ptToMm(LINE_PITCH_PT)
export const PAGE_BOX = `0 0 ${PAGE.widthMm} ${PAGE.heightMm}`
