// 编辑器纸面与分页预览用的 CSS 自定义属性，由 gbt9704.ts 的数字生成：样式表只写 var(--margin-top) 这类名字，
// 不再自己写 37mm、28.95pt（改了标准的数字，纸面、预览和导出一起变）。
import { FONT_SIZE_PT, GRID, PAGE, TITLE, TWIPS_PER_PT } from './gbt9704'

export type CssProperties = Record<`--${string}`, string>

/** 每次调用时按 gbt9704.ts 的当前值生成（渲染进程启动时写到根元素上）。 */
export function paperCssProperties(): CssProperties {
  return {
    '--page-width': `${PAGE.widthMm}mm`,
    '--page-height': `${PAGE.heightMm}mm`,
    '--margin-top': `${PAGE.topMm}mm`,
    '--margin-right': `${PAGE.rightMm}mm`,
    '--margin-bottom': `${PAGE.bottomMm}mm`,
    '--margin-left': `${PAGE.leftMm}mm`,
    '--type-area-height': `${PAGE.typeAreaHeightMm}mm`,
    '--body-size': `${FONT_SIZE_PT.三号}pt`,
    '--title-size': `${FONT_SIZE_PT[TITLE.size]}pt`,
    /** 行距与 Word 版相同：579 twip（5.2.3） */
    '--line': `${GRID.linePitchTw / TWIPS_PER_PT}pt`,
    '--lines-per-page': String(GRID.linesPerPage),
    '--chars-per-line': String(GRID.charsPerLine),
  }
}
