/**
 * 审阅改动给人看的样子：按条目分组（条目用编号加标题称呼，部分段落用部分名），每处改动的种类、作者、改前改后。
 * 命令行与“导入审阅稿”对话框共用，两处的说法因而一致。
 */
import { itemLabel } from '../document/item-label'
import { formatMessage } from '../messages/format'
import { Item as ItemOps } from '../model/item'
import type { Notice } from '../model/notice'
import { RichText } from '../model/rich-text'
import { PART_NAME } from '../rules/part-presence'
import { itemPlaces, noticeUnits } from './notice-units'
import type { ReviewChange, ReviewResult } from './review-changes'

export interface ChangeView {
  id: string
  /** 改写 / 新增段落 / … */
  kind: string
  /** 修订人，或“未留修订痕迹” */
  by: string
  before: string
  after: string
  /** 改前改后不同之处连同前后几个字（长段落只看改动处）；移动、整段增删时为 null。 */
  diff: Excerpt | null
}

export interface Excerpt {
  head: string
  removed: string
  added: string
  tail: string
}

/** 改动处前后各留几个字。 */
const CONTEXT = 12

/** 两段文字的不同之处：相同的开头与结尾之间的一截，前后各留 CONTEXT 个字（截掉的用“…”）。 */
export function excerpt(before: string, after: string): Excerpt {
  let head = 0
  while (head < before.length && head < after.length && before[head] === after[head]) head++
  let tail = 0
  while (tail < before.length - head && tail < after.length - head && before[before.length - 1 - tail] === after[after.length - 1 - tail])
    tail++
  const from = Math.max(0, head - CONTEXT)
  const to = Math.min(tail, CONTEXT)
  return {
    head: (from > 0 ? '…' : '') + before.slice(from, head),
    removed: before.slice(head, before.length - tail),
    added: after.slice(head, after.length - tail),
    tail: before.slice(before.length - tail, before.length - tail + to) + (to < tail ? '…' : ''),
  }
}

export interface ChangeGroup {
  /** 条目编号（新条目为新编号）；部分段落为 null */
  itemId: string | null
  label: string
  changes: ChangeView[]
}

/** 条目的称呼：导出时的序号加标题（无标题时正文的头几个字）。 */
function itemLabels(notice: Notice): Map<string, string> {
  const out = new Map<string, string>()
  const places = itemPlaces(notice)
  for (const u of noticeUnits(notice)) {
    if (!u.item || out.has(u.item.id)) continue
    const item = places.get(u.item.id)!.item
    out.set(u.item.id, u.marker + itemLabel(item.title, RichText.text(item.body)))
  }
  return out
}

function texts(c: ReviewChange): { before: string; after: string } {
  switch (c.kind) {
    case 'edit':
      return { before: c.before, after: c.after }
    case 'paragraph-added':
      return { before: '', after: c.text }
    case 'paragraph-deleted':
      return { before: c.text, after: '' }
    case 'item-added':
      return { before: '', after: ItemOps.text(c.item).replace(/\n/g, '') }
    case 'item-deleted':
      return { before: c.text, after: '' }
    case 'item-moved':
      return { before: c.text, after: c.text }
  }
}

/** 改动清单按条目分组（组的次序即改动的次序）。`base` 是导出审阅稿时的通报。 */
export function describeChanges(base: Notice, result: ReviewResult): ChangeGroup[] {
  const labels = itemLabels(base)
  const groups = new Map<string, ChangeGroup>()
  for (const c of result.changes) {
    const key = c.itemId ?? `part:${c.part}`
    let group = groups.get(key)
    if (!group) {
      const label = c.itemId
        ? (labels.get(c.itemId) ?? (c.kind === 'item-added' ? itemLabel(c.item.title, RichText.text(c.item.body)) : c.itemId))
        : PART_NAME[c.part]
      group = { itemId: c.itemId, label, changes: [] }
      groups.set(key, group)
    }
    group.changes.push({
      id: c.id,
      kind: formatMessage({ code: `review.kind.${c.kind}` }),
      by: c.authors.length
        ? formatMessage({ code: 'review.by', params: { authors: c.authors.join('、') } })
        : formatMessage({ code: 'review.untracked' }),
      ...texts(c),
      diff: c.kind === 'edit' && c.before !== '' && c.after !== '' ? excerpt(c.before, c.after) : null,
    })
  }
  return [...groups.values()]
}
