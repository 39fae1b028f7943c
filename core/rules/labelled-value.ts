// 带标签的联系渠道（电话、邮箱、网址、地址）在文中写了值却读不出来：值留在原文里，这里说出是哪一项、怎么改。
// “读得出”以导入时的联系方式解析（core/import/contact.ts 的 parseContact）为准：同一个识别器，不另写一套格式。
// 邮编由 TB013 在正文中检查，这里不重复。
import { parseContact } from '../import/contact'
import { hits } from './patterns'
import { type TextReport, textRule } from './text-rule'

type Channel = 'phone' | 'email' | 'website' | 'address'

/** 标签 → 渠道。长的写在前面（“举报电话”先于“电话”，“电子邮箱”先于“邮箱”）。 */
const LABELS: [RegExp, Channel][] = [
  [/^(?:联系|举报|监督|咨询|值班|受理)?电话(?:号码)?$|^热线$|^传真$/, 'phone'],
  [/^(?:电子)?(?:邮箱|信箱)(?:地址)?$|^e-?mail$/i, 'email'],
  [/^(?:网址|网站地址|举报网站)$/, 'website'],
  [/^(?:邮政信箱|通信地址|通讯地址|邮寄地址|来信地址)$/, 'address'],
]

/**
 * 标签、可有的冒号、值。值是紧随其后的一串“号码字符”（数字、字母、@、点、横线、括号，全角的也算，便于发现全角误输）；
 * 地址的值是到下一个分隔号为止的文字。
 */
const LABELLED =
  /(联系电话|举报电话|监督电话|咨询电话|值班电话|受理电话|电话号码|电话|热线|传真|电子邮箱地址|电子邮箱|电子信箱|邮箱地址|邮箱|e-?mail|网址|网站地址|举报网站|邮政信箱|通信地址|通讯地址|邮寄地址|来信地址)(\s*[:：]?\s*)([0-9０-９A-Za-zＡ-Ｚａ-ｚ@＠.．_%+\-－—–()（）/~:?=&#]*)/giu

const channelOf = (label: string): Channel => LABELS.find(([re]) => re.test(label))![1]

/** 全角数字、字母、＠、．、－ 改为半角。 */
function halfWidth(s: string): string {
  return s.replace(/[０-９Ａ-Ｚａ-ｚ＠．－]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
}

const digitsOf = (s: string) => s.replace(/\D/g, '')

/** 导入的解析能不能把这个值读成该渠道的一项（读出的须是整个值，不是其中一截）。 */
function parses(channel: Channel, value: string): boolean {
  if (channel === 'phone') {
    const phones = parseContact(`电话：${value}`).phones
    return phones.length > 0 && digitsOf(phones.join('')) === digitsOf(value)
  }
  if (channel === 'email') return parseContact(value).emails[0] === value
  if (channel === 'website') return parseContact(`网址：${value}`).websites.length > 0
  return true
}

/** 改正的提示：按值的样子说出最可能的毛病。 */
function hint(channel: Channel, value: string): string {
  if (channel === 'phone') {
    const n = digitsOf(value).length
    return `共 ${n} 位数字；固定电话为“区号-7 至 8 位号码”，手机号为 11 位，请核对是否少了或多了一位`
  }
  if (channel === 'email') {
    if (!/[@＠]/.test(value)) return '缺少“@”，应形如“name@example.gov.cn”'
    const domain = value.split(/[@＠]/)[1] ?? ''
    if (!/[.．]/.test(domain)) return '“@”之后缺少顶级域名（如“.gov.cn”），应形如“name@example.gov.cn”'
    return '应形如“name@example.gov.cn”，全部半角'
  }
  return '应形如“www.example.gov.cn”'
}

/** 值的末尾若是句号、右括号等（“……gov.cn.”），不算值的一部分。 */
function trimmed(value: string): string {
  return value.replace(/[.．)）\-－—–/:]+$/, '')
}

function checkValue(
  report: TextReport<'unparsed' | 'empty'>,
  label: string,
  channel: Channel,
  value: string,
  start: number,
  colon: boolean,
  after: string,
): void {
  if (value === '') {
    // 只有写了冒号、其后紧接分隔号或段末时才算“没填”：正文里“设立举报电话、电子邮箱”不是漏填。
    if (colon && /^\s*(?:[；;，,。]|$)/.test(after)) report({ messageId: 'empty', data: { label }, range: [start - 1, start] })
    return
  }
  if (channel === 'address') return
  // 不像号码的（“电话沟通”“邮箱反映”）不是要读的值。
  if (channel === 'phone' && digitsOf(halfWidth(value)).length < 5) return
  if (channel !== 'phone' && !/[A-Za-zＡ-Ｚａ-ｚ]/.test(value)) return
  if (parses(channel, value)) return
  const right = halfWidth(value)
  const range: [number, number] = [start, start + value.length]
  const fix = right !== value && parses(channel, right) ? { label: `改为“${right}”`, range, text: right } : undefined
  report({
    messageId: 'unparsed',
    data: { label, value, hint: fix ? '有全角字符，应全部半角' : hint(channel, value) },
    range,
    ...(fix ? { fix } : {}),
  })
}

export const labelledValue = textRule({
  meta: {
    code: 'TB056',
    title: '认不出的联系方式',
    name: 'labelled-value',
    severity: 'warning',
    messages: {
      unparsed: '{{label}}“{{value}}”无法识别：{{hint}}',
      empty: '“{{label}}”后没有填写内容',
    },
    description:
      '文中带标签的联系渠道（电话、邮箱、网址、地址）写了值却无法识别时，值照原样保留在文中，并报告是哪一项、可能的毛病（位数不对、缺“@”或顶级域名等）；标签后留空时也报告。全角字符可一键改为半角。识别与导入联系方式用同一个解析。',
  },
  kinds: ['paragraph'],
  checkText(text, _kind, _ctx, report) {
    if (!/[电话线真箱址站mM]/.test(text)) return
    for (const h of hits(LABELLED, text)) {
      const [label, sep, raw] = h.groups as [string, string, string]
      const value = trimmed(raw)
      checkValue(report, label, channelOf(label), value, h.start + label.length + sep.length, /[:：]/.test(sep), text.slice(h.end))
    }
  },
})
