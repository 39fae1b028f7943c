/**
 * 把选中的审阅改动应用到打开的通报（纯函数，返回新通报）。每个容器（条目、部分段落）先核对现有文字与导出时相同，
 * 审阅期间在 Tongbao 里又改过的容器不被覆盖，其改动列为未应用。条目的编号、状态、时限、责任单位、参照不动。
 */
import type { SectionKey } from '../model/item'
import type { Item, Notice } from '../model/notice'
import { type Paragraph, RichText } from '../model/rich-text'
import { itemPlaces } from './notice-units'
import { type ItemAnchor, type Owner, ownerKey, ownerTexts, partParagraphs, type ReviewChange, type ReviewResult } from './review-changes'
import { retext } from './retext'

export interface ApplyResult {
  notice: Notice
  /** 没能应用的改动（通报已另改过，或新条目的上级没有采纳）。 */
  skipped: string[]
}

interface OwnerPlan {
  title?: string
  edits: Map<number, string>
  deleted: Set<number>
  added: Map<number, string[]>
  ids: string[]
}

const sameTexts = (a: readonly string[] | null, b: readonly string[] | undefined) =>
  !!a && !!b && a.length === b.length && a.every((x, i) => x === b[i])

/** 按计划重排一串段落：改写、删去、在某段之后插入（-1 为最前）。 */
function rebuild(paragraphs: readonly Paragraph[], plan: OwnerPlan): RichText {
  const out: RichText = [...(plan.added.get(-1) ?? []).map((t) => retext(undefined, t))]
  paragraphs.forEach((p, i) => {
    if (!plan.deleted.has(i)) {
      const text = plan.edits.get(i)
      if (text === undefined) out.push(p)
      else if (text !== '') out.push(retext(p, text))
    }
    out.push(...(plan.added.get(i) ?? []).map((t) => retext(undefined, t)))
  })
  for (const [after, texts] of plan.added) if (after >= paragraphs.length) out.push(...texts.map((t) => retext(undefined, t)))
  return out
}

function ownerOfChange(c: ReviewChange): Owner | null {
  if (c.kind === 'paragraph-added' || c.kind === 'paragraph-deleted') return c.owner
  if (c.kind !== 'edit') return null
  const t = c.target
  if (t.kind === 'item-title' || t.kind === 'item-lead' || t.kind === 'item-body') return { kind: 'item', itemId: t.itemId }
  if (t.kind === 'part-paragraph') return { kind: 'part', part: t.part }
  if (t.kind === 'section-heading') return { kind: 'part', part: t.section }
  return null
}

/** 找条目所在的数组与下标。 */
function locate(notice: Notice, id: string): { list: Item[]; index: number } | null {
  const search = (list: Item[]): { list: Item[]; index: number } | null => {
    for (let i = 0; i < list.length; i++) {
      if (list[i]!.id === id) return { list, index: i }
      const found = search(list[i]!.children)
      if (found) return found
    }
    return null
  }
  for (const s of ['organization', 'rectification', 'nextSteps'] as const) {
    const found = search(notice[s].items)
    if (found) return found
  }
  return null
}

/** 按锚点放进条目：上级的子条目（或部分的顶层）中，排在第一个还在的 afterIds 之后；都不在则排最前。 */
function insertAt(notice: Notice, anchor: ItemAnchor, item: Item): boolean {
  let list: Item[]
  if (anchor.parentId) {
    const parent = locate(notice, anchor.parentId)
    if (!parent) return false
    list = parent.list[parent.index]!.children
  } else list = notice[anchor.section as SectionKey].items
  for (const id of anchor.afterIds) {
    const k = list.findIndex((x) => x.id === id)
    if (k >= 0) {
      list.splice(k + 1, 0, item)
      return true
    }
  }
  list.unshift(item)
  return true
}

/** 把 selected 中的改动（来自 result）应用到 open。 */
export function applyReviewChanges(open: Notice, result: ReviewResult, selected: ReadonlySet<string>): ApplyResult {
  const notice: Notice = JSON.parse(JSON.stringify(open))
  const skipped: string[] = []
  const chosen = result.changes.filter((c) => selected.has(c.id))
  const places = itemPlaces(notice)

  // 1. 段落级改动，按容器归拢后一次重排。
  const plans = new Map<string, { owner: Owner; plan: OwnerPlan }>()
  for (const c of chosen) {
    const owner = ownerOfChange(c)
    if (!owner) continue
    const k = ownerKey(owner)
    if (!sameTexts(ownerTexts(notice, owner, places), result.owners[k])) {
      skipped.push(c.id)
      continue
    }
    const entry: { owner: Owner; plan: OwnerPlan } = plans.get(k) ?? {
      owner,
      plan: { edits: new Map(), deleted: new Set(), added: new Map(), ids: [] },
    }
    plans.set(k, entry)
    const { plan } = entry
    plan.ids.push(c.id)
    if (c.kind === 'paragraph-added') plan.added.set(c.after, [...(plan.added.get(c.after) ?? []), c.text])
    else if (c.kind === 'paragraph-deleted') plan.deleted.add(c.index)
    else if (c.kind === 'edit') {
      const t = c.target
      if (t.kind === 'item-title' || t.kind === 'section-heading') plan.title = c.after
      else if (t.kind === 'item-lead') {
        plan.title = c.split?.title ?? ''
        const body = c.split?.body ?? c.after
        if (body === '') plan.deleted.add(0)
        else plan.edits.set(0, body)
      } else if (t.kind === 'item-body' || t.kind === 'part-paragraph') plan.edits.set(t.index, c.after)
    }
  }
  for (const { owner, plan } of plans.values()) {
    if (owner.kind === 'item') {
      const item = places.get(owner.itemId)!.item
      if (plan.title !== undefined) item.title = plan.title
      item.body = rebuild(item.body, plan)
      continue
    }
    if (owner.part === 'organization' || owner.part === 'rectification' || owner.part === 'nextSteps') {
      const section = notice[owner.part]
      if (plan.title !== undefined) section.heading = plan.title.trim() ? plan.title : null
      section.paragraphs = rebuild(section.paragraphs, plan)
      continue
    }
    // 导语、统计、联系方式：改过的文字存为手写段落（不再由模型生成）。
    const rewritten = rebuild(partParagraphs(notice, owner), plan)
    if (owner.part === 'lead') notice.lead.override = rewritten
    else notice[owner.part].override = rewritten
  }

  // 2. 标题、落款。
  for (const c of chosen) {
    if (c.kind !== 'edit') continue
    if (c.target.kind === 'title') notice.title.override = c.after
    else if (c.target.kind === 'signature-org') notice.signature.org = c.after
  }

  // 3. 条目：先删、再移、后加（新条目按审阅稿的次序加，后面的可以排在前面的之后）。
  for (const c of chosen) {
    if (c.kind !== 'item-deleted' || !c.itemId) continue
    const at = locate(notice, c.itemId)
    if (at) at.list.splice(at.index, 1)
    else skipped.push(c.id)
  }
  for (const c of chosen) {
    if (c.kind !== 'item-moved' || !c.itemId) continue
    const at = locate(notice, c.itemId)
    if (!at) {
      skipped.push(c.id)
      continue
    }
    const [item] = at.list.splice(at.index, 1)
    if (!insertAt(notice, c, item!)) {
      at.list.splice(at.index, 0, item!)
      skipped.push(c.id)
    }
  }
  for (const c of chosen) {
    if (c.kind !== 'item-added') continue
    if (!insertAt(notice, c, JSON.parse(JSON.stringify(c.item)))) skipped.push(c.id)
  }
  return { notice, skipped }
}
