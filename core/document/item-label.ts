/** 条目在大纲、当前条目等处的名称：有标题用标题；没有标题（措施的正文直接接在序号后）用正文的头几个字。 */

/** 取正文头几个字时的字数。 */
export const LABEL_MAX = 24

const clip = (s: string, max: number) => (s.length > max ? `${s.slice(0, max)}…` : s)

/** `title` 为空时取 `text`（正文）的头几个字；两者都空才是“（无标题）”。给了 `max` 时标题也截断。 */
export function itemLabel(title: string, text: string, max?: number): string {
  if (title.trim() !== '') return max === undefined ? title : clip(title, max)
  const words = text.replace(/\s+/g, ' ').trim()
  return words === '' ? '（无标题）' : clip(words, max ?? LABEL_MAX)
}
