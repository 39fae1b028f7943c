import { noticeLead } from '../derive/lead'
import { noticeTitle } from '../derive/title'
import type { Item, ItemRole } from '../model/notice'
import type { Notice } from '../model/notice'
import { RichText } from '../model/rich-text'

export interface ItemSummary {
  role: ItemRole
  title: string
  /** 正文（各段以换行相连）。 */
  text: string
  status: string | null
  /** 状态沿用自上一份通报、尚未确认（续报）；没有时省略。 */
  statusPending?: true
  children: ItemSummary[]
}

/** `tongbao inspect --json` 的输出形状。 */
export interface NoticeSummary {
  title: string
  issuer: string | null
  kind: string
  inspector: string | null
  period: { start: string | null; end: string | null }
  feedbackDate: string | null
  signature: { org: string | null; date: string | null }
  sections: {
    lead: boolean
    organization: boolean
    statistics: boolean
    items: boolean
    nextSteps: boolean
    contact: boolean
    signature: boolean
  }
  items: ItemSummary[]
  contact: { phones: string[]; addresses: string[]; postcodes: string[]; emails: string[]; websites: string[] }
}

function itemSummary(item: Item): ItemSummary {
  return {
    role: item.role,
    title: item.title,
    text: RichText.texts(item.body).join('\n'),
    status: item.status,
    ...(item.statusPending ? { statusPending: true as const } : {}),
    children: item.children.map(itemSummary),
  }
}

export function summarize(notice: Notice): NoticeSummary {
  const has = (p: Notice['parts'][number]) => notice.parts.includes(p)
  const m = notice.meta
  return {
    title: noticeTitle(notice),
    issuer: m.issuer.fullName || null,
    kind: m.kind,
    inspector: m.inspectionGroup || null,
    period: { start: m.period.start, end: m.period.end },
    feedbackDate: m.feedbackDate,
    signature: { org: notice.signature.org || null, date: notice.signature.date },
    sections: {
      lead: has('lead') && !RichText.isEmpty(noticeLead(notice)),
      organization: has('organization'),
      statistics: has('statistics'),
      items: has('rectification'),
      nextSteps: has('nextSteps'),
      contact: has('contact'),
      signature: has('signature'),
    },
    items: notice.rectification.items.map(itemSummary),
    contact: {
      phones: [...notice.contact.phones],
      addresses: notice.contact.addresses.map((a) => a.value),
      postcodes: [...notice.contact.postcodes],
      emails: [...notice.contact.emails],
      websites: [...notice.contact.websites],
    },
  }
}
