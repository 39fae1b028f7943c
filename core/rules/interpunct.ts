// P13（GB/T 15834-2011）：间隔号为“·”（U+00B7），不用日文中点“・”或项目符号“•”。
import { hits } from './patterns'
import { textRule } from './text-rule'
import { PROSE_KINDS } from './text-units'

export const interpunct = textRule({
  meta: {
    code: 'TB042',
    title: '间隔号写法',
    safeFix: true,
    name: 'interpunct',
    severity: 'warning',
    messages: {
      wrong: '间隔号应为“·”，此处为“{{found}}”',
    },
    description: '间隔号用“·”（如外国人名、“5·12”），不用“・”或“•”（规范 P13）。可一键改正。',
  },
  kinds: PROSE_KINDS,
  checkText(text, _kind, _ctx, report) {
    if (!/[\u30FB\u2022\uFF65]/.test(text)) return
    for (const h of hits(/(?<=\S)[\u30FB\u2022\uFF65](?=\S)/g, text)) {
      report({
        messageId: 'wrong',
        data: { found: h.text },
        range: [h.start, h.end],
        fix: { label: '改为“·”', range: [h.start, h.end], text: '·' },
      })
    }
  },
})
