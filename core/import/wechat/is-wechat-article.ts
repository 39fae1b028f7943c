/**
 * 公众号文章的标志：正文容器、标题的 id，或 rich_media 样式类；复制出来的片段没有这些，
 * 就看有没有只在微信阅读界面上才有的字样（“微信扫一扫”“阅读原文”、署名行的“发表于”）。
 * 认错了也无妨：这条路与网页的读法相同，只多去掉公众号的杂项行。单独成文件：导入入口据此分派，不必先载入网页解析器。
 */
export function isWechatArticle(html: string): boolean {
  const head = html.slice(0, 2_000_000)
  return (
    /id\s*=\s*["']?(js_content|activity-name)\b|class\s*=\s*["'][^"']*\brich_media_(content|title)\b/i.test(head) ||
    /微信扫一扫|阅读原文|\d{1,2}:\d{2}\s*发表于/.test(head)
  )
}
