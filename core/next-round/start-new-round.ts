/**
 * 新一轮（新的一次巡视）：机关、类型、层级、对象、联系方式（手写的联系方式段落仍与字段一致时连同它，见 start-next-round）、各部分标题和套话沿用；轮次能认出时推进，
 * 认不出时留空等用户填写；巡视组、主题、日期、统计、状态和问题清单清空。可选保留各方面的标题作空骨架。
 */
import { Item } from '../model/item'
import type { Item as ItemData, Notice, Section } from '../model/notice'
import { createNotice } from '../template/new-notice'
import { signOffOf } from './carry'
import { advanceRoundLabel } from './round-label'

export interface NewRoundOptions {
  /** 保留逐条整改中顶层的方面标题（无正文、无下级），作为本轮的空骨架。 */
  keepAspects?: boolean
}

/** 方面标题进入空骨架：只有标题（方面下的描述是上一轮的问题表述，不带）；标题本身就是上一轮的，不另附参照。 */
const aspectHeading = (item: ItemData): ItemData => Item.create('aspect', item.title, { runIn: item.runIn })

const withHeading = (previous: Section, fresh: Section): Section => ({ ...fresh, heading: previous.heading })

export function startNewRound(previous: Notice, options: NewRoundOptions = {}): { notice: Notice; roundAdvanced: boolean } {
  const p = previous.meta
  const advanced = advanceRoundLabel(p.roundLabel)
  const fresh = createNotice(p.kind, { issuer: { ...p.issuer }, level: p.level, roundLabel: advanced ?? '', target: p.target })
  const aspects = options.keepAspects ? previous.rectification.items.filter((i) => i.role === 'aspect').map(aspectHeading) : []
  const notice: Notice = {
    ...fresh,
    organization: withHeading(previous.organization, fresh.organization),
    rectification: { ...withHeading(previous.rectification, fresh.rectification), items: aspects },
    nextSteps: withHeading(previous.nextSteps, fresh.nextSteps),
    contact: structuredClone(previous.contact),
    signature: { org: previous.signature.org || p.issuer.fullName, date: null },
    ...signOffOf(previous),
  }
  return { notice, roundAdvanced: advanced !== null }
}
