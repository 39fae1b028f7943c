// 写了“邮政信箱”（或通信地址）就要给出具体的信箱或地址。
import { RichText } from '../model/rich-text'
import { noticeRule } from './notice-rule'

const EMPTY_IN_TEXT = /(邮政信箱|通信地址|邮寄地址|来信地址)[：:]?\s*(?=[；;。，,]|$)/g

export const postalAddress = noticeRule({
  meta: {
    code: 'TB014',
    title: '信箱或地址不具体',
    name: 'postal-address',
    severity: 'error',
    description: '列出“邮政信箱”“通信地址”等渠道时，须写明具体的信箱号或地址。',
    messages: { noAddress: '写了“{{label}}”，但没有给出具体地址' },
  },
  check(notice, report) {
    if (!notice.parts.includes('contact')) return
    const c = notice.contact
    c.addresses.forEach((a, i) => {
      if (a.value.trim() === '')
        report({ messageId: 'noAddress', data: { label: a.label }, location: { path: ['contact', 'addresses', i, 'value'] } })
    })
    c.override?.forEach((p, i) => {
      const text = RichText.texts([p])[0]!
      for (const m of text.matchAll(EMPTY_IN_TEXT)) {
        report({
          messageId: 'noAddress',
          data: { label: m[1]! },
          location: { path: ['contact', 'override', i], range: [m.index, m.index + m[0].length] },
        })
      }
    })
  },
})
