// 百分比与它所依据的数字一致：“受理信访件40件，已办结38件，办结率95%”。
import { hits } from './patterns'
import { textRule } from './text-rule'
import { PROSE_KINDS } from './text-units'

const RATE = /(办结|完成|整改完成|整改|销号|落实)率(?:为|达到?|是)?(\d+(?:\.\d+)?)%/g
const COUNT = /(\d+)(件|个|条|项|起|人)/g

function formatRate(value: number, decimals: number): string {
  return value.toFixed(decimals).replace(/\.0+$/, '')
}

export const rateMatches = textRule({
  meta: {
    code: 'TB025',
    title: '百分比与数字不符',
    name: 'rate-matches',
    severity: 'warning',
    messages: {
      rate: '{{verb}}率{{rate}}%与{{done}}/{{total}}（约{{expected}}%）不符',
    },
    description:
      '“办结率”“完成率”等百分比应等于同一句中“已办结/已完成”的数字除以总数（如“受理40件，办结38件，办结率95%”）。给出按数字计算的百分比作为候选。',
  },
  kinds: PROSE_KINDS,
  checkText(text, _kind, _ctx, report) {
    if (!text.includes('率')) return
    for (const h of hits(RATE, text)) {
      const sentenceStart = Math.max(text.lastIndexOf('。', h.start), text.lastIndexOf('；', h.start)) + 1
      const before = text.slice(sentenceStart, h.start)
      const verb = h.groups[0]!
      const counts = hits(COUNT, before)
      if (counts.length < 2) continue
      const total = counts[0]!
      // 分子：总数之后、紧跟在“办结/完成”等动词之后的数字
      const done = counts
        .slice(1)
        .find((c) => c.groups[1] === total.groups[1] && before.slice(Math.max(0, c.start - 6), c.start).includes(verb.slice(-2)))
      if (!done) continue
      const n = Number(total.groups[0])
      if (n === 0) continue
      const rateText = h.groups[1]!
      const decimals = rateText.includes('.') ? rateText.split('.')[1]!.length : 0
      const expected = (Number(done.groups[0]) / n) * 100
      if (Math.abs(expected - Number(rateText)) <= 0.5 * 10 ** -decimals + 1e-9) continue
      const right = formatRate(expected, Math.max(decimals, expected % 1 ? 1 : 0))
      const at = h.end - rateText.length - 1
      const range: [number, number] = [at, at + rateText.length]
      report({
        messageId: 'rate',
        data: { verb, rate: rateText, done: done.groups[0]!, total: total.groups[0]!, expected: right },
        range,
        suggestions: [{ label: `改为${right}%`, range, text: right }],
      })
    }
  },
})
