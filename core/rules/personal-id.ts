// 政务公开不得公开个人隐私：正文中的居民身份证号码（GB 11643-1999，18 位，末位校验）。
import { type Hit, hits } from './patterns'
import { textRule } from './text-rule'
import { ALL_KINDS } from './text-units'

const ID = /(?<![\dA-Za-z])[1-9]\d{5}(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[\dXx](?![\dA-Za-z])/g
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
const CHECK = '10X98765432'
/**
 * 写明“身份证”的 18 位号码：标签已说明它是谁的身份证号，校验位错了（抄错一位）也仍是个人信息，照样要隐去。
 * 没有标签的长数字要校验位正确才算，免得把项目编号、文号误报。
 */
const LABELLED = /(?<=身份证(?:号码|号)?\s*(?:[:：]|为|是)?\s*)\d{17}[\dXx](?![\dA-Za-z])/g

/** 校验码正确的 18 位号码才算身份证号，避免把长编号误报。 */
export function isIdNumber(s: string): boolean {
  let sum = 0
  for (let i = 0; i < 17; i++) sum += Number(s[i]) * WEIGHTS[i]!
  return CHECK[sum % 11] === s[17]!.toUpperCase()
}

export const personalId = textRule({
  meta: {
    code: 'TB039',
    title: '身份证号码',
    name: 'personal-id',
    severity: 'warning',
    messages: {
      id: '文中出现身份证号码，公开发布前应删除或隐去',
      labelled: '“身份证”后的 18 位号码即使有误（如校验位不符、抄错一位）也是个人信息，公开发布前应删除或隐去',
    },
    description:
      '文中出现居民身份证号码。政务公开不得公开个人隐私信息；可一键隐去中间的出生日期和顺序码。写在“身份证（号码）”之后的 18 位号码即使校验位不对也报告。',
  },
  kinds: ALL_KINDS,
  checkText(text, _kind, _ctx, report) {
    if (!/\d{17}/.test(text)) return
    const reported = new Set<number>()
    const mask = (h: Hit, messageId: 'id' | 'labelled') => {
      reported.add(h.start)
      const masked = h.text.slice(0, 6) + '*'.repeat(8) + h.text.slice(14)
      report({ messageId, range: [h.start, h.end], fix: { label: `隐去为“${masked}”`, range: [h.start, h.end], text: masked } })
    }
    for (const h of hits(ID, text)) if (isIdNumber(h.text)) mask(h, 'id')
    for (const h of hits(LABELLED, text)) if (!reported.has(h.start)) mask(h, 'labelled')
  },
})
