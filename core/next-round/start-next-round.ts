/**
 * 从上一轮通报新建下一轮：保留机关、类型、层级、方面/问题树及其原话、联系方式和落款机关；
 * 清空日期和整改进展文字，但每个条目把上一轮的标题、状态、正文留作只读参照（item.reference），
 * 状态沿用（上轮已完成的仍标为已完成）；能认出轮次时推进轮次。
 */
import { Item } from '../model/item'
import type { Item as ItemData, Notice, Section } from '../model/notice'
import { RichText } from '../model/rich-text'
import { createNotice } from '../template/new-notice'
import { advanceRoundLabel } from './round-label'

/** 条目进入下一轮：措施和问题的正文是上轮的进展，清空；方面的正文是对问题的表述，保留。 */
function carryItem(item: ItemData): ItemData {
  const keepBody = item.role === 'aspect'
  return Item.create(item.role, item.title, {
    runIn: item.runIn,
    unnumbered: item.unnumbered,
    status: item.status,
    deadline: null,
    responsible: item.responsible,
    body: keepBody ? item.body : [],
    children: item.children.map(carryItem),
    reference: { title: item.title, status: item.status, body: item.body },
  })
}

function carrySection(previous: Section, fresh: Section): Section {
  return { heading: previous.heading, paragraphs: fresh.paragraphs, items: previous.items.map(carryItem) }
}

export interface NextRound {
  notice: Notice
  /** 轮次是否已推进；为 false 时沿用了上一轮的标签（或标签为空）。 */
  roundAdvanced: boolean
}

export function startNextRoundWithReport(previous: Notice): NextRound {
  const p = previous.meta
  const advanced = advanceRoundLabel(p.roundLabel)
  const fresh = createNotice(p.kind, {
    issuer: { ...p.issuer },
    level: p.level,
    roundLabel: advanced ?? p.roundLabel,
    target: p.target,
    topic: p.topic,
  })
  const notice: Notice = {
    ...fresh,
    organization: carrySection(previous.organization, fresh.organization),
    rectification: { ...carrySection(previous.rectification, fresh.rectification), paragraphs: [] },
    nextSteps: carrySection(previous.nextSteps, fresh.nextSteps),
    contact: {
      ...previous.contact,
      phones: [...previous.contact.phones],
      addresses: previous.contact.addresses.map((a) => ({ ...a })),
      postcodes: [...previous.contact.postcodes],
      emails: [...previous.contact.emails],
      websites: [...previous.contact.websites],
      override: previous.contact.override ? RichText.of(...RichText.texts(previous.contact.override)) : null,
    },
    signature: { org: previous.signature.org || p.issuer.fullName, date: null },
  }
  return { notice, roundAdvanced: advanced !== null }
}

/** 从上一轮通报新建下一轮（见文件说明）。 */
export function startNextRound(previous: Notice): Notice {
  return startNextRoundWithReport(previous).notice
}
