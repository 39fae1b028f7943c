// 电子邮箱地址格式：name@domain.tld，全部半角，不带标点。
import { textRule } from './text-rule'

const EMAIL = /^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+$/

function normalized(s: string): string {
  return s
    .trim()
    .replace(/[！-～]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[。；，;,.\s]+$/, '')
}

export const emailFormat = textRule({
  meta: {
    code: 'TB012',
    title: '电子邮箱格式',
    safeFix: true,
    name: 'email-format',
    severity: 'error',
    messages: {
      normalizable: '电子邮箱“{{email}}”中有全角字符、空格或多余标点',
      invalid: '电子邮箱“{{email}}”格式不正确',
    },
    description: '电子邮箱应为“name@example.gov.cn”形式，全部半角、末尾不带标点。只是全角字符或多余标点时可一键改正。',
  },
  kinds: ['email'],
  checkText(text, _kind, _ctx, report) {
    if (EMAIL.test(text)) return
    const right = normalized(text)
    if (EMAIL.test(right)) report({ messageId: 'normalizable', data: { email: text }, fix: { label: `改为“${right}”`, text: right } })
    else report({ messageId: 'invalid', data: { email: text } })
  },
})
