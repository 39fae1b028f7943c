/** 条目在大纲、当前条目等处的名称：有标题用标题；没有标题（措施的正文直接接在序号后）用正文的头几个字。 */

/** 名称的最大字数，超出以“…”收尾。 */
export const LABEL_MAX = 24

/** `title` 为空时取 `text`（正文）的头几个字；两者都空才是“（无标题）”。 */
export function itemLabel(title: string, text: string, max = LABEL_MAX): string {
  const source = title.trim() !== '' ? title.trim() : text.replace(/\s+/g, ' ').trim()
  if (source === '') return '（无标题）'
  return source.length > max ? `${source.slice(0, max)}…` : source
}
