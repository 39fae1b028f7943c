// P01–P04（GB/T 15834-2011）：中文文字中的点号、冒号、括号、句号用全角。
import { CJK, hits } from './patterns'
import { type TextReport, textRule } from './text-rule'
import { PROSE_KINDS } from './text-units'

const FULL: Record<string, string> = { ',': '，', ';': '；', '!': '！', '?': '？', ':': '：', '.': '。', '(': '（', ')': '）' }

// 成对的半角括号：内外任一侧是中文即改为全角。
const PAIR = /\(([^()\n]*)\)/g
const HAN_TEST = new RegExp(CJK, 'u')
// 先用一次简单查找排除绝大多数段落，再逐个看半角点号两侧的字，长文时省下逐字的环视匹配
const ASCII_PUNCT = /[,;!?:.()]/
const POINTS = /[,;!?:.]/g

const isCjk = (ch: string | undefined) => ch !== undefined && HAN_TEST.test(ch)

/** 点号挨着中文才改；冒号两侧是数字（10:30）、句点后接数字（1.5）或连续句点（省略号另有规则）不改。 */
function inChinese(text: string, i: number): boolean {
  const ch = text[i]!
  const before = text[i - 1]
  const after = text[i + 1]
  if (ch === '.') return isCjk(before) && !(after !== undefined && /[\d.]/.test(after))
  return isCjk(before) || isCjk(after)
}

function reportChar(report: TextReport<'point'>, at: number, ch: string): void {
  const full = FULL[ch]!
  report({
    messageId: 'point',
    data: { full, found: ch },
    range: [at, at + 1],
    fix: { label: `改为“${full}”`, range: [at, at + 1], text: full },
  })
}

export const halfwidthPunctuation = textRule({
  meta: {
    code: 'TB026',
    title: '半角标点',
    safeFix: true,
    name: 'halfwidth-punctuation',
    severity: 'error',
    messages: {
      point: '中文文字中应使用全角“{{full}}”，此处为半角“{{found}}”',
      parens: '中文文字中的括号应为全角“（）”',
    },
    description: '中文文字中的逗号、分号、冒号、问号、叹号、句号和括号应为全角（GB/T 15834-2011，规范 P01–P04）。可一键改为全角。',
  },
  kinds: PROSE_KINDS,
  checkText(text, _kind, _ctx, report) {
    if (!ASCII_PUNCT.test(text)) return
    for (const h of hits(POINTS, text)) if (inChinese(text, h.start)) reportChar(report, h.start, h.text)
    const paired = new Set<number>()
    for (const h of hits(PAIR, text)) {
      const around = (text[h.start - 1] ?? '') + h.groups[0] + (text[h.end] ?? '')
      if (!HAN_TEST.test(around)) continue
      paired.add(h.start).add(h.end - 1)
      report({
        messageId: 'parens',
        range: [h.start, h.end],
        fix: { label: '改为“（）”', range: [h.start, h.end], text: `（${h.groups[0]}）` },
      })
    }
    // 残缺的单个括号（导入时常见，如“)全力抓好”）
    for (let i = 0; i < text.length; i++) {
      const ch = text[i]!
      if ((ch === '(' || ch === ')') && !paired.has(i) && HAN_TEST.test((text[i - 1] ?? '') + (text[i + 1] ?? '')))
        reportChar(report, i, ch)
    }
  },
})
