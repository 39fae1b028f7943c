import type { Notice } from '../model/notice'
import { type RichText, RichText as RT } from '../model/rich-text'
import { fill } from '../template/template'
import { templateFor } from '../template/templates'
import { metaValues } from './values'

export function contactOpening(notice: Notice): string {
  const t = templateFor(notice.meta.kind)
  return fill(t.boilerplate.contactOpening, metaValues(notice), t.placeholder)
}

/** 联系方式各渠道，按“联系电话：…；邮政信箱：…；邮编：…；电子邮箱：…。”排列。 */
export function contactChannels(notice: Notice): string | null {
  const c = notice.contact
  const parts: string[] = []
  if (c.phones.length) parts.push(`联系电话：${c.phones.join('、')}`)
  for (const a of c.addresses) parts.push(`${a.label}：${a.value}`)
  if (c.postcodes.length) parts.push(`邮编：${c.postcodes.join('、')}`)
  if (c.emails.length) parts.push(`电子邮箱：${c.emails.join('、')}`)
  if (c.websites.length) parts.push(`网址：${c.websites.join('、')}`)
  return parts.length ? parts.join('；') + '。' : null
}

/** 联系方式段落：手写优先，否则开头语加各渠道。 */
export function contactText(notice: Notice): RichText {
  if (notice.contact.override !== null) return notice.contact.override
  const channels = contactChannels(notice)
  return RT.of(contactOpening(notice) + (channels ?? ''))
}
