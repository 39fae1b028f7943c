// P14：公文标题末尾不加标点。
import { textRule } from './text-rule'

export const titlePunctuation = textRule({
  meta: {
    code: 'TB032',
    title: '标题末尾的标点',
    safeFix: true,
    name: 'title-punctuation',
    severity: 'error',
    messages: {
      trailing: '标题末尾不应有“{{found}}”',
    },
    description: '通报标题末尾不加标点（规范 P14）。可一键删去。',
  },
  kinds: ['title'],
  checkText(text, _kind, _ctx, report) {
    const m = /[。，；：、,.;:]+\s*$/.exec(text)
    if (!m) return
    report({
      messageId: 'trailing',
      data: { found: m[0].trim() },
      range: [m.index, text.length],
      fix: { label: '删去末尾标点', range: [m.index, text.length], text: '' },
    })
  },
})
