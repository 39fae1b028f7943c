// 文中的细分数字应加起来等于总数：“党纪处分21人（党内警告11人、严重警告7人、开除党籍3人）”。
import { hits } from './patterns'
import { textRule } from './text-rule'
import { PROSE_KINDS } from './text-units'

const UNITS = '人|名|项|件|个|条|次|起|家|户'
const TOTAL = new RegExp(`(\\d+)(${UNITS})[（(]([^（）()]+)[）)]`, 'g')

/** 括号内逐项“名称+数字+单位”；有一项不是这种形式就不算细分（例如说明文字）。 */
function parts(inner: string, unit: string): number[] | null {
  const segs = inner.replace(/^其中[：:，,]?/, '').split(/[，、；,;]/)
  const out: number[] = []
  for (const seg of segs) {
    const m = new RegExp(`^[^\\d]+?(\\d+)${unit}$`).exec(seg.trim())
    if (!m) return null
    out.push(Number(m[1]))
  }
  return out.length >= 2 || /^其中/.test(inner) ? out : null
}

export const breakdownSum = textRule({
  meta: {
    code: 'TB023',
    title: '细分之和不等于总数',
    name: 'breakdown-sum',
    severity: 'error',
    messages: {
      partialExceeds: '“其中”各项之和{{sum}}{{unit}}超过了总数{{total}}{{unit}}',
      sum: '细分各项之和为{{sum}}{{unit}}，与总数{{total}}{{unit}}不符',
    },
    description:
      '总数后括号内的细分应加起来等于总数（如“党纪处分21人（党内警告11人、严重警告7人、开除党籍3人）”）；以“其中”开头的部分列举只要求不超过总数。哪个数字有误需要人判断，因此只给出“按细分改总数”的候选。',
  },
  kinds: PROSE_KINDS,
  checkText(text, _kind, _ctx, report) {
    if (!text.includes('（') && !text.includes('(')) return
    for (const h of hits(TOTAL, text)) {
      const [totalText, unit, inner] = h.groups as [string, string, string]
      const values = parts(inner, unit)
      if (!values) continue
      const total = Number(totalText)
      const sum = values.reduce((a, b) => a + b, 0)
      const partial = /^其中/.test(inner)
      if (partial ? sum <= total : sum === total) continue
      const range: [number, number] = [h.start, h.start + totalText.length]
      report({
        messageId: partial ? 'partialExceeds' : 'sum',
        data: { sum, unit, total },
        range,
        suggestions: partial ? [] : [{ label: `总数改为${sum}`, range, text: String(sum) }],
      })
    }
  },
})
