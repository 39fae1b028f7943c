// 规则共用的字符类与匹配工具。

/** 汉字（GB/T 15834 的“中文文字”判断以此为准）。 */
export const HAN = '\\p{Script=Han}'
/** 中文语境：汉字或全角标点。半角标点挨着它们时应改为全角。 */
export const CJK = '[\\p{Script=Han}\\u3000-\\u303F\\uFF01-\\uFF0F\\uFF1A-\\uFF20“”‘’…—]'

export interface Hit {
  start: number
  end: number
  text: string
  groups: (string | undefined)[]
}

/** 全部匹配（re 须带 g 标志）；不改变 re 的状态之外的任何东西。 */
export function hits(re: RegExp, text: string): Hit[] {
  re.lastIndex = 0
  const out: Hit[] = []
  for (const m of text.matchAll(re)) {
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0], groups: m.slice(1) })
  }
  return out
}
