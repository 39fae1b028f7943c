/**
 * 剪贴板内容 → 按段落分开的纯文字。HTML（Word、WPS、网页）与导入网页用同一个解析（core 的 htmlParagraphs，
 * htmlparser2 纯解析，从不把 HTML 插进页面）：段落边界、表格、列表编号、源码折行的处理与导入一致。
 */
import { htmlParagraphs } from '../../core/import/import-from-html'

export function htmlLines(html: string): string[] {
  return htmlParagraphs(html)
}

export function plainLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/)
}
