// 政务公开不得公开个人隐私：正文中的居民身份证号码（GB 11643-1999，18 位，末位校验）。
import { hits } from './patterns'
import { textRule } from './text-rule'
import { ALL_KINDS } from './text-units'

const ID = /(?<![\dA-Za-z])[1-9]\d{5}(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[\dXx](?![\dA-Za-z])/g
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
const CHECK = '10X98765432'

/** 校验码正确的 18 位号码才算身份证号，避免把长编号误报。 */
export function isIdNumber(s: string): boolean {
  let sum = 0
  for (let i = 0; i < 17; i++) sum += Number(s[i]) * WEIGHTS[i]!
  return CHECK[sum % 11] === s[17]!.toUpperCase()
}


export const personalId = textRule({
  meta: {
    code: 'TB039',
    name: 'personal-id',
    severity: 'warning',
    messages: {
      id: '文中出现身份证号码，公开发布前应删除或隐去',
    },
    description: '文中出现居民身份证号码。政务公开不得公开个人隐私信息；可一键隐去中间的出生日期和顺序码。',
  },
  kinds: ALL_KINDS,
  checkText(text, _kind, _ctx, report) {
    if (!/\d{17}/.test(text)) return
    for (const h of hits(ID, text)) {
      if (!isIdNumber(h.text)) continue
      const masked = h.text.slice(0, 6) + '*'.repeat(8) + h.text.slice(14)
      report({ messageId: 'id', range: [h.start, h.end], fix: { label: `隐去为“${masked}”`, range: [h.start, h.end], text: masked } })
    }
  },
})
