/**
 * 台账的数据行 → 逐条整改的条目树（方面 → 问题 → 措施）。一行有措施时成为问题下的一条措施并带上本行的字段
 * （措施格的第一段作措施的标题，独立成行，与问题一样；其余各段和带列名的其他列进正文）；
 * 问题的状态由其措施合成（都已完成才算已完成，有持续推进即持续推进，否则基本完成；有未写状态的措施则不定），
 * 时限取最晚的，责任领导、责任单位取各措施的并集。没有措施的行，字段直接写在问题上。
 */
import { Item } from '../model/item'
import type { ItemStatus } from '../model/notice'
import { RichText } from '../model/rich-text'
import type { LedgerRow } from './ledger-rows'

/** 问题的状态由措施合成；有措施没写状态时为 null（不猜）。 */
export function combinedStatus(statuses: (ItemStatus | null)[]): ItemStatus | null {
  if (statuses.length === 0 || statuses.some((s) => s === null)) return null
  if (statuses.every((s) => s === '已完成')) return '已完成'
  return statuses.includes('持续推进') ? '持续推进' : '基本完成'
}

const union = (values: (string | null | undefined)[], sep: string) => {
  const set = [...new Set(values.filter((v): v is string => !!v))]
  return set.length ? set.join(sep) : null
}

function withLeader(item: Item, leader: string | null): Item {
  if (leader) item.leader = leader
  return item
}

/** 问题的字段来自它的措施（有措施时）。 */
function settle(problem: Item): void {
  const measures = problem.children
  if (measures.length === 0) return
  problem.status = combinedStatus(measures.map((m) => m.status))
  problem.deadline =
    measures
      .map((m) => m.deadline)
      .filter((d): d is string => d !== null)
      .sort()
      .pop() ?? null
  problem.responsible = union(
    measures.map((m) => m.responsible),
    '，',
  )
  withLeader(
    problem,
    union(
      measures.map((m) => m.leader),
      '、',
    ),
  )
}

export function ledgerItems(rows: LedgerRow[]): Item[] {
  const top: Item[] = []
  let aspect: Item | null = null
  let problem: Item | null = null
  const openAspect = (title: string) => {
    aspect = Item.create('aspect', title, { runIn: false })
    top.push(aspect)
    problem = null
  }
  for (const row of rows) {
    if (row.heading) {
      openAspect(row.category!)
      continue
    }
    if (row.category !== null && row.category !== (aspect as Item | null)?.title) openAspect(row.category)
    const siblings = aspect ? (aspect as Item).children : top
    if (row.problem !== null || problem === null) {
      const [title = '', ...rest] = row.problem ?? []
      problem = Item.create('problem', title, { runIn: false, body: RichText.of(...rest) })
      siblings.push(problem)
    }
    const p = problem as Item
    if (row.measure.length > 0) {
      const [title = '', ...rest] = row.measure
      const measure = Item.create('measure', title, {
        runIn: false,
        status: row.status,
        deadline: row.deadline,
        responsible: row.responsible,
        body: RichText.of(...rest, ...row.notes),
      })
      p.children.push(withLeader(measure, row.leader))
    } else {
      // 没有措施的行：字段属于问题本身（只填还空着的，续行不覆盖首行）
      p.status ??= row.status
      p.deadline ??= row.deadline
      p.responsible ??= row.responsible
      if (!p.leader && row.leader) p.leader = row.leader
      p.body.push(...RichText.of(...row.notes))
    }
  }
  for (const { item } of Item.walk(top, [])) if (item.role === 'problem') settle(item)
  return top
}
