/**
 * 续报（同一次巡视）：整改进展情况之后的整改情况或再一次阶段报告。轮次、巡视组、日期、主题和整个
 * 条目树都不变；上一份的措施文字作为本次的起始文字（规则 TB038 提醒尚未改写的）；问题的状态沿用但
 * 标为待确认（statusPending），确认之前不计入进度。手写的导语、统计段落、联系方式段落仍与字段一致的照旧是手写的
 * （start-next-round 去掉不一致的）。
 */
import type { Item, Notice, Section } from '../model/notice'
import { newId } from '../model/ids'
import { signOffOf } from './carry'

/** 条目沿用（作用于副本）：同样的文字作为起始文字，也留作上一轮的参照；最下层问题的状态待确认。 */
function carryItem(item: Item): Item {
  const out: Item = {
    ...item,
    id: newId(),
    children: item.children.map(carryItem),
    reference: { title: item.title, status: item.status, body: structuredClone(item.body) },
  }
  delete out.statusPending
  if (item.role === 'problem' && !item.children.some((c) => c.role === 'problem')) out.statusPending = true
  return out
}

const carrySection = (s: Section): Section => ({ ...s, items: s.items.map(carryItem) })

export function startFollowUp(previous: Notice): Notice {
  const copy = structuredClone(previous)
  return {
    ...copy,
    meta: { ...copy.meta, publication: { date: null, source: null } },
    organization: carrySection(copy.organization),
    rectification: carrySection(copy.rectification),
    nextSteps: carrySection(copy.nextSteps),
    // 成文日期是这一份的，不沿用
    signature: { org: copy.signature.org || copy.meta.issuer.fullName, date: null },
    ...signOffOf(previous),
  }
}
