/** 联系方式段落的识别与拆解：电话、信箱/地址、邮编、电子邮箱、网址，标签写法各异。 */
import type { Contact } from '../model/notice'

type Channels = Omit<Contact, 'override'>
type AddressLabel = Channels['addresses'][number]['label']

/** 这一段是不是联系方式（开头语或带联系渠道）。 */
export function isContactParagraph(p: string): boolean {
  if (/^欢迎.{0,20}(监督|意见)/.test(p)) return true
  // “网站”不算：正文里常说“在网站进行公示”；“网址”“举报网站”才是联系渠道的标签。
  return /(联系电话|联系方式|举报电话|电子邮箱|邮政信箱|通信地址|邮寄地址|来信地址|网址|举报网站|网上举报)/.test(p) && p.length < 400
}

/** 固定电话（区号可带括号或连接号，可有分机）、手机号、带“电话/热线”标签的 5 位服务号（如 12388）。 */
const PHONE =
  /(?<![\d\w.@-])(?:(?:[（(]0\d{2,3}[)）]|0\d{2,3}\s*[-—–－])\s*)?\d{7,8}(?:\s*(?:[-—–－]|转)\s*\d{1,4})?(?![\d\w@])|(?<!\d)1[3-9]\d{9}(?!\d)|(?<=(?:电话|热线)[:：]?\s*)1\d{4}(?!\d)/g
const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g
const WEBSITE = /(?:https?:\/\/|www\.)[\w./?=&%#:~+-]+/gi
/**
 * 带标签的网址可以不写“http://”“www.”：“网址：jubao.example.gov.cn”“举报网站：12388.gov.cn”。
 * 不带标签的裸域名不认，免得把邮箱的后半截或文件名当成网址。
 */
const LABELLED_WEBSITE =
  /(?:网址|网站地址|网站|举报网站|网上举报平台|举报平台|网络举报)[:：]\s*((?:https?:\/\/)?[A-Za-z0-9][\w-]*(?:\.[\w-]+)*\.[A-Za-z]{2,}(?::\d+)?(?:\/[\w./?=&%#:~+-]*)?)/g
const ADDRESS = /(邮政信箱|通信地址|通讯地址|邮寄地址|来信地址|地址)[:：]?\s*([^;；,，。(（]+)/g
const POSTCODE = /(?:邮编|邮政编码)[:：]?\s*(\d{6})/g

export function parseContact(p: string): Channels {
  const emails = [...p.matchAll(EMAIL)].map((m) => m[0])
  const websites: string[] = []
  const urls = [...p.matchAll(WEBSITE)].map((m) => m[0])
  for (const w of [...urls, ...[...p.matchAll(LABELLED_WEBSITE)].map((m) => m[1]!)]) {
    const url = w.replace(/[.:]+$/, '')
    // 同一个网址可能被两种写法都认出（“网址：www.x.cn”），只记一次；邮箱里的域名不是网址。
    if (url && !websites.some((x) => x === url || x.endsWith(url) || url.endsWith(x)) && !emails.some((e) => e.endsWith(`@${url}`)))
      websites.push(url)
  }
  const postcodes = [...p.matchAll(POSTCODE)].map((m) => m[1]!)
  const addresses: Channels['addresses'] = []
  for (const m of p.matchAll(ADDRESS)) {
    const label = (m[1] === '通讯地址' ? '通信地址' : m[1]) as AddressLabel
    const value = m[2]!.trim()
    // “邮政信箱”等标签包含“地址”二字，避免同一处被认两次。
    if (value && !addresses.some((a) => a.value === value)) addresses.push({ label, value })
  }
  // 电话：除去邮箱、地址、邮编中的数字后再找。
  let rest = p
  for (const s of [...emails, ...postcodes, ...addresses.map((a) => a.value), ...websites]) rest = rest.split(s).join(' ')
  const phones = [...rest.matchAll(PHONE)].map((m) => m[0].replace(/\s/g, ''))
  return { phones, addresses, postcodes, emails, websites }
}
