// P16：汉字之间不加空格，段内不用全角空格排版（缩进由版式负责）。
import { HAN, hits } from './patterns'
import { textRule } from './text-rule'
import { PROSE_KINDS } from './text-units'

const SPACE = new RegExp(`(?<=${HAN})[ \\u00a0\\u3000]+(?=${HAN})|^[ \\u00a0\\u3000]+|[ \\u00a0\\u3000]+$`, 'gu')

export const hanSpacing = textRule({
  meta: {
    code: 'TB034',
    title: '汉字间的空格',
    safeFix: true,
    name: 'han-spacing',
    severity: 'warning',
    messages: {
      space: '{{where}}有多余的空格',
    },
    description: '汉字之间不加空格；段首段尾不用空格或全角空格排版，首行缩进由版式生成（规范 P16）。可一键删去。',
  },
  kinds: PROSE_KINDS,
  checkText(text, _kind, _ctx, report) {
    if (!/[ \u00a0\u3000]/.test(text)) return
    for (const h of hits(SPACE, text)) {
      const where = h.start === 0 ? '段首' : h.end === text.length ? '段尾' : '汉字之间'
      report({
        messageId: 'space',
        data: { where },
        range: [h.start, h.end],
        fix: { label: '删去空格', range: [h.start, h.end], text: '' },
      })
    }
  },
})
