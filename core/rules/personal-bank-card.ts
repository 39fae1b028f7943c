// 政务公开不得公开个人隐私：银行卡号（16–19 位，Luhn 校验）。
import { hits } from './patterns'
import { textRule } from './text-rule'
import { ALL_KINDS } from './text-units'

const CARD = /(?<![\dA-Za-z])(?:62|4\d|5[1-5])\d{14,17}(?![\dA-Za-z])/g

/** Luhn 校验：卡号末位是校验位。 */
export function luhn(digits: string): boolean {
  let sum = 0
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i])
    if (i % 2 === 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2
    sum += d
  }
  return sum % 10 === 0
}

export const personalBankCard = textRule({
  meta: {
    code: 'TB048',
    title: '银行卡号',
    name: 'personal-bank-card',
    severity: 'warning',
    messages: {
      card: '文中出现银行卡号，公开发布前应删除或隐去',
    },
    description: '文中出现银行卡号（16–19 位且通过校验）。政务公开不得公开个人隐私信息；可一键只保留后四位。',
  },
  kinds: ALL_KINDS,
  checkText(text, _kind, _ctx, report) {
    if (!/\d{16}/.test(text)) return
    for (const h of hits(CARD, text)) {
      if (!luhn(h.text)) continue
      const masked = '*'.repeat(h.text.length - 4) + h.text.slice(-4)
      report({ messageId: 'card', range: [h.start, h.end], fix: { label: '只保留后四位', range: [h.start, h.end], text: masked } })
    }
  },
})
