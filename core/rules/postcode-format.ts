// 邮政编码为 6 位数字。
import { hits } from './patterns'
import { textRule } from './text-rule'

const IN_TEXT = /(?<=邮编|邮政编码)[：:]?\s*([^；;。，,\s]*)/g

export const postcodeFormat = textRule({
  meta: {
    code: 'TB013',
    title: '邮政编码格式',
    safeFix: true,
    name: 'postcode-format',
    severity: 'error',
    messages: {
      halfWidth: '邮政编码“{{found}}”应为 6 位半角数字',
      invalid: '邮政编码“{{found}}”应为 6 位数字',
    },
    description: '邮政编码应为 6 位数字（如 317000）。全角数字或多余空格可一键改正。',
  },
  kinds: ['postcode', 'paragraph'],
  checkText(text, kind, _ctx, report) {
    if (kind === 'postcode') {
      if (/^\d{6}$/.test(text)) return
      const right = text.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\s/g, '')
      if (/^\d{6}$/.test(right)) report({ messageId: 'halfWidth', data: { found: text }, fix: { label: `改为“${right}”`, text: right } })
      else report({ messageId: 'invalid', data: { found: text } })
      return
    }
    if (!text.includes('邮')) return
    for (const h of hits(IN_TEXT, text)) {
      const code = h.groups[0]!
      if (code === '' || /^\d{6}$/.test(code)) continue
      const start = h.end - code.length
      report({ messageId: 'invalid', data: { found: code }, range: [start, h.end] })
    }
  },
})
