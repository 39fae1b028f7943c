import type { Notice } from '../model/notice'
import { type RichText, RichText as RT } from '../model/rich-text'
import { fill } from '../template/template'
import { templateFor } from '../template/templates'
import { metaValues } from './values'

export function contactOpening(notice: Notice): string {
  const t = templateFor(notice.meta.kind)
  return fill(t.boilerplate.contactOpening, metaValues(notice), t.placeholder)
}

/** 多值渠道在生成段落中的标签（地址的标签随值存在 addresses 里）。 */
export const CHANNEL_LABEL = { phones: '联系电话', postcodes: '邮编', emails: '电子邮箱', websites: '网址' } as const
export type ChannelKey = keyof typeof CHANNEL_LABEL

/** 一个渠道在段落中的写法：“联系电话：0577-88001234、12388”。 */
export function channelPhrase(label: string, values: string[]): string {
  return `${label}：${values.join('、')}`
}

/** 联系方式各渠道，按“联系电话：…；邮政信箱：…；邮编：…；电子邮箱：…。”排列。 */
export function contactChannels(notice: Notice): string | null {
  const c = notice.contact
  const parts: string[] = []
  if (c.phones.length) parts.push(channelPhrase(CHANNEL_LABEL.phones, c.phones))
  for (const a of c.addresses) parts.push(channelPhrase(a.label, [a.value]))
  for (const key of ['postcodes', 'emails', 'websites'] as const) if (c[key].length) parts.push(channelPhrase(CHANNEL_LABEL[key], c[key]))
  return parts.length ? parts.join('；') + '。' : null
}

/** 联系方式段落：手写优先，否则开头语加各渠道。 */
export function contactText(notice: Notice): RichText {
  if (notice.contact.override !== null) return notice.contact.override
  const channels = contactChannels(notice)
  return RT.of(contactOpening(notice) + (channels ?? ''))
}
