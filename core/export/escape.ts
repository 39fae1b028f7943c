// 转义（HTML 与 OOXML 共用）：文字节点转义 & < >，属性值（一律双引号）再转义 " 与 '（export-compliance §5.4）。
export function escapeText(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

export function escapeAttr(s: string): string {
  return escapeText(s).replace(/"/g, '&quot;').replace(/'/g, '&#39;')
}
