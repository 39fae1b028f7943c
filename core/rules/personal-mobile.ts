// 政务公开不得公开个人隐私：个人手机号码（11 位，1 开头）。联系方式应为单位的固定电话。
import { hits } from './patterns'
import { ALL_KINDS } from './text-units'
import { textRule } from './text-rule'

const MOBILE = /(?<![\d\-—])1[3-9]\d{9}(?!\d)/g

export const personalMobile = textRule({
  meta: {
    code: 'TB040',
    title: '个人手机号码',
    name: 'personal-mobile',
    severity: 'warning',
    messages: {
      mobile: '文中出现手机号码，公开发布前应确认不是个人号码',
    },
    description: '文中出现个人手机号码。政务公开不得公开个人隐私信息，联系电话应为单位固定电话；可一键隐去中间四位。',
  },
  kinds: ALL_KINDS,
  checkText(text, _kind, _ctx, report) {
    for (const h of hits(MOBILE, text)) {
      const masked = h.text.slice(0, 3) + '****' + h.text.slice(7)
      report({ messageId: 'mobile', range: [h.start, h.end], fix: { label: `隐去为“${masked}”`, range: [h.start, h.end], text: masked } })
    }
  },
})
