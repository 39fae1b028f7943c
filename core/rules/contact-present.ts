// 完整性：联系方式有开头语（欢迎……监督）和至少一种渠道（电话、信箱或地址、电子邮箱、网址）。
import { contactOpening } from '../derive/contact-text'
import { RichText } from '../model/rich-text'
import { partRule } from './part-presence'

const CHANNEL = /(?:电话|热线)|0\d{2,3}[-—]?\d{7,8}|@|邮政信箱|地址|网址|https?:\/\//

export const contactPresent = partRule('contact', {
  meta: {
    code: 'TB009',
    title: '联系方式不全',
    name: 'contact-present',
    severity: 'error',
    description: '联系方式须有开头语（欢迎广大干部群众对整改落实情况进行监督……）和至少一种渠道：电话、邮政信箱或地址、电子邮箱、网址。',
    messages: {
      noOpening: '联系方式缺少开头语（欢迎……进行监督）',
      noChannel: '联系方式没有给出任何渠道（电话、信箱、地址或电子邮箱）',
    },
  },
  check(notice, report) {
    const c = notice.contact
    if (c.override !== null) {
      const text = RichText.text(c.override)
      if (!/监督/.test(text)) {
        report({
          messageId: 'noOpening',
          location: { path: ['contact', 'override'] },
          fix: {
            kind: 'set-value',
            label: '补上开头语',
            path: ['contact', 'override'],
            value: [{ type: 'paragraph', children: [{ text: contactOpening(notice) + text.replace(/\n/g, '') }] }],
          },
        })
      }
      if (!CHANNEL.test(text)) report({ messageId: 'noChannel', location: { path: ['contact', 'override'] } })
      return
    }
    const channels = [...c.phones, ...c.addresses.map((a) => a.value), ...c.emails, ...c.websites].filter((s) => s.trim() !== '')
    if (channels.length === 0) report({ messageId: 'noChannel', location: { path: ['contact', 'phones'] } })
  },
})
