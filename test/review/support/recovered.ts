// 合并结果与期望的比对：逐条目（按编号）比文字与全部字段，并按改动种类数出找回了几处。
import type { ReviewResult } from '../../../core/review/index'
import type { Item, Notice } from '../../../core/model/notice'
import { RichText } from '../../../core/model/rich-text'
import { COMMENT_TEXT, COMMENTER, type EditKind, type EditPlan, NEW_ITEM_TEXT } from './review-edits'

/** 条目树的可比形式：编号（新条目记 'new'）、全部字段、标题与正文文字（不看加粗等格式）。 */
export function outline(items: Item[], known: ReadonlySet<string>): unknown[] {
  return items.map((i) => ({
    id: known.has(i.id) ? i.id : 'new',
    role: i.role,
    runIn: i.runIn,
    status: i.status,
    deadline: i.deadline,
    responsible: i.responsible,
    leader: i.leader,
    reference: i.reference,
    unnumbered: i.unnumbered,
    statusPending: i.statusPending,
    text: known.has(i.id) ? [i.title, ...RichText.texts(i.body)] : [i.title + RichText.texts(i.body).join('')],
    children: outline(i.children, known),
  }))
}

function allItems(n: Notice): Item[] {
  const out: Item[] = []
  const walk = (items: Item[]) => items.forEach((i) => (out.push(i), walk(i.children)))
  for (const s of ['organization', 'rectification', 'nextSteps'] as const) walk(n[s].items)
  return out
}

function byId(n: Notice, id: string): Item | undefined {
  return allItems(n).find((i) => i.id === id)
}

function siblingsOf(n: Notice, id: string): Item[] | undefined {
  for (const s of ['organization', 'rectification', 'nextSteps'] as const) {
    const search = (items: Item[]): Item[] | undefined =>
      items.some((i) => i.id === id) ? items : items.map((i) => search(i.children)).find(Boolean)
    const found = search(n[s].items)
    if (found) return found
  }
  return undefined
}

const textOf = (i: Item | undefined) => (i ? [i.title, ...RichText.texts(i.body)].join('\n') : null)

/** 每种改动是否找回：合并后的通报与期望在该处一致，且改动清单里有它（批注：定位到对的条目、作者与文字都对）。 */
export function recoveredKinds(merged: Notice, expected: Notice, plan: EditPlan, result: ReviewResult): Record<EditKind, boolean> {
  const sameText = (id: string) => textOf(byId(merged, id)) === textOf(byId(expected, id))
  const listed = (kind: string, itemId: string) => result.changes.some((c) => c.kind === kind && c.itemId === itemId)
  const mergedSiblings = siblingsOf(merged, plan.addAfter.itemId) ?? []
  const added = mergedSiblings[mergedSiblings.findIndex((i) => i.id === plan.addAfter.itemId) + 1]
  const moveSiblings = siblingsOf(merged, plan.move.afterId) ?? []
  return {
    reword: sameText(plan.reword.itemId) && listed('edit', plan.reword.itemId),
    'delete-sentence': sameText(plan.deleteSentence.itemId) && listed('edit', plan.deleteSentence.itemId),
    'insert-text': sameText(plan.insertText.itemId) && listed('edit', plan.insertText.itemId),
    'add-item':
      !!added && added.title + RichText.texts(added.body).join('') === NEW_ITEM_TEXT && result.changes.some((c) => c.kind === 'item-added'),
    'delete-item': !byId(merged, plan.deleteItem) && listed('item-deleted', plan.deleteItem),
    'move-item': moveSiblings[moveSiblings.findIndex((i) => i.id === plan.move.afterId) + 1]?.id === plan.move.itemId,
    comment: result.comments.some((c) => c.itemId === plan.commentOn && c.author === COMMENTER && c.text === COMMENT_TEXT),
  }
}
