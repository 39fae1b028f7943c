/** 句子切分：按句末标点切，引号、书名号、括号内的句号不切。 */

const OPEN = '“‘《（(【「'
const CLOSE = '”’》）)】」'
const ENDS = '。！？!?'

/** 第一句（含句末标点）在 text 中的结束位置；没有句末标点时返回 -1。 */
export function firstSentenceEnd(text: string): number {
  let depth = 0
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!
    if (OPEN.includes(ch)) depth++
    else if (CLOSE.includes(ch)) depth = Math.max(0, depth - 1)
    else if (depth === 0 && ENDS.includes(ch)) {
      // 句号后紧跟的右引号、右括号仍属本句。
      let j = i + 1
      while (j < text.length && CLOSE.includes(text[j]!)) j++
      return j
    }
  }
  return -1
}

/** 条目开头的 run-in 标题句与其后的正文：第一句之后还有文字时拆开，否则整段是标题。导入与粘贴共用。 */
export function splitRunIn(text: string): { title: string; body: string | null } {
  const end = firstSentenceEnd(text)
  return end !== -1 && end < text.length ? { title: text.slice(0, end), body: text.slice(end) } : { title: text, body: null }
}
