/**
 * 审阅稿 → 对打开的通报的改动清单。按文字对齐（不只看位置）把审阅稿接受全部修订后的各段对回通报的单元：
 * 先认文字完全相同的段，再按字的相似度配对改过的段；对不上的通报单元是删掉的，对不上的审阅段是新加的
 * （带编号的是新条目，编号是审阅人手打的）；条目在同级中的次序或上级变了是移动。
 * 对照的是导出时的版本（base），未留修订痕迹的改动因此同样找得出来；条目的编号、状态、时限、责任单位与参照都不动。
 */
import { noticeLead } from '../derive/lead'
import { contactText } from '../derive/contact-text'
import { statisticsText } from '../derive/statistics-text'
import { isHeaded, depthForLevel } from '../document/numbering'
import { cleanText } from '../export/clean-text'
import { MARKER_LEVEL, readMarker } from '../import/markers'
import { withoutSpace } from '../import/paragraphs'
import { Item as ItemOps, type Path, type SectionKey } from '../model/item'
import type { Item, ItemRole, Notice, PartKey } from '../model/notice'
import { RichText } from '../model/rich-text'
import { TongbaoError } from '../messages/tongbao-error'
import type { ReviewedDocx } from './read-reviewed-docx'
import { itemPlaces, type ItemPlace, noticeUnits, type NoticeUnit, type UnitTarget } from './notice-units'
import { reviewView, type ViewParagraph } from './review-view'

/** 段落增删所在的容器：条目（标题与正文），或部分的段落（导语、统计、联系方式按手写段落保存）。 */
export type Owner = { kind: 'item'; itemId: string } | { kind: 'part'; part: 'lead' | 'statistics' | 'contact' | SectionKey }

/** 新条目或移动的条目放到哪里：部分、上级条目（顶层为 null）、排在哪些同级条目之后（最近的在前，取第一个还在的）。 */
export interface ItemAnchor {
  section: SectionKey
  parentId: string | null
  afterIds: string[]
}

interface ChangeMeta {
  /** 在本次结果中唯一 */
  id: string
  /** 归在哪个条目下显示（新条目为它的新编号）；部分的段落为 null。 */
  itemId: string | null
  part: PartKey
  /** 留下修订痕迹的作者；为空表示这处改动没有修订标记（关了修订时改的）。 */
  authors: string[]
}

export type ReviewChange = ChangeMeta &
  (
    | { kind: 'edit'; target: UnitTarget; before: string; after: string; split?: { title: string; body: string } }
    | { kind: 'paragraph-added'; owner: Owner; after: number; text: string }
    | { kind: 'paragraph-deleted'; owner: Owner; index: number; text: string }
    | ({ kind: 'item-added'; item: Item } & ItemAnchor)
    | { kind: 'item-deleted'; text: string }
    | ({ kind: 'item-moved'; text: string } & ItemAnchor)
  )

export type ReviewChangeKind = ReviewChange['kind']

/** 审阅稿的批注，定位到通报中的单元（插入的新段上的批注定位到它前面最近的单元）。 */
export interface LocatedComment {
  id: string
  author: string
  date: string | null
  text: string
  /** 批注所在段的文字 */
  quote: string
  target: UnitTarget | null
  itemId: string | null
}

export interface ReviewResult {
  changes: ReviewChange[]
  comments: LocatedComment[]
  /** 审阅稿中对不回任何位置的段（如落款之后加的话） */
  unplaced: string[]
  /** 通报单元中在审阅稿里找到的比例 */
  matched: { units: number; total: number }
  /** 每个条目（与部分段落）在通报中的位置与改动前的文字，应用改动时核对用 */
  owners: Record<string, string[]>
}

export interface ReviewOptions {
  /** 导出审阅稿时的版本；没有时即打开的通报。 */
  base?: Notice
  /** 打开的通报的文档编号（格式 v4 起）；审阅稿记下的编号与它不同则拒绝。 */
  documentId?: string | null
}

/** 对齐时的比较键：去掉空白。 */
const key = (s: string) => withoutSpace(s)
/** 比较是否改过：按导出前的清理（clean-text）比，去掉首尾空白。 */
const shown = (s: string) => cleanText(s).trim()

function bigrams(s: string): Set<string> {
  const out = new Set<string>()
  for (let i = 0; i + 1 < s.length; i++) out.add(s.slice(i, i + 2))
  if (s.length === 1) out.add(s)
  return out
}

function dice(a: Set<string>, b: Set<string>): number {
  if (!a.size || !b.size) return 0
  let n = 0
  for (const x of a) if (b.has(x)) n++
  return (2 * n) / (a.size + b.size)
}

/** 短的一段的字对有多少出自长的一段（删去大半的段仍认得出）。 */
function contained(a: Set<string>, b: Set<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a]
  if (!small.size) return 0
  let n = 0
  for (const x of small) if (large.has(x)) n++
  return n / small.size
}

/** 原处的段：剩下的字对至少这么多出自原段才算同一段。 */
const CONTAINED = 0.8
/** 相似度低于此值的两段不算同一段。 */
const SIMILAR = 0.5
/** 通报单元在审阅稿中找到的比例低于此值：不是这份通报的审阅稿。 */
const BELONGS = 0.5

/** 审阅段去掉编号后的文字与编号层次（审阅人手打的编号、导出写的编号同样去掉）。 */
function withoutMarker(text: string): { text: string; level: 1 | 2 | 3 | 4 | null } {
  const r = readMarker(text)
  if (!r) return { text, level: null }
  return { text: r.rest, level: r.marker.kind === 'bare-paren' ? null : MARKER_LEVEL[r.marker.kind] }
}

const isHeadUnit = (u: NoticeUnit) => u.target.kind === 'item-title' || u.target.kind === 'item-lead' || u.target.kind === 'section-heading'

/** 两串之间的对齐：第一遍认完全相同的文字，第二遍按相似度从高到低配对。返回审阅段 → 单元下标。 */
function align(units: NoticeUnit[], paragraphs: { text: string; stripped: string }[]): (number | null)[] {
  const result: (number | null)[] = paragraphs.map(() => null)
  const used = new Set<number>()
  const byKey = new Map<string, number[]>()
  units.forEach((u, i) => {
    const k = key(u.text)
    if (!k) return
    const list = byKey.get(k) ?? []
    list.push(i)
    byKey.set(k, list)
  })
  paragraphs.forEach((p, j) => {
    for (const k of [key(p.text), key(p.stripped)]) {
      const i = byKey.get(k)?.find((x) => !used.has(x))
      if (i === undefined) continue
      result[j] = i
      used.add(i)
      return
    }
  })
  const freeUnits = units
    .map((u, i) => ({ i, grams: bigrams(key(u.text)), len: key(u.text).length }))
    .filter((u) => !used.has(u.i) && u.len > 0)
  const freeParas = paragraphs
    .map((p, j) => ({ j, grams: bigrams(key(p.stripped)), len: key(p.stripped).length }))
    .filter((p) => result[p.j] === null)
  const pairs: { i: number; j: number; score: number }[] = []
  for (const p of freeParas) {
    for (const u of freeUnits) {
      if (p.len > 3 * u.len || u.len > 3 * p.len) continue
      const score = dice(p.grams, u.grams)
      if (score >= SIMILAR) pairs.push({ i: u.i, j: p.j, score })
    }
  }
  pairs.sort((a, b) => b.score - a.score || Math.abs(a.i - a.j) - Math.abs(b.i - b.j))
  for (const { i, j } of pairs) {
    if (used.has(i) || result[j] !== null) continue
    result[j] = i
    used.add(i)
  }
  // 第三遍：删去大半的段与原段不再相似，但它仍在原处——前后对上的段之间只有这一个空位，且剩下的字大都出自原段。
  for (const p of freeParas) {
    if (result[p.j] !== null || p.len < 4) continue
    let prev = -1
    for (let k = p.j - 1; k >= 0; k--)
      if (result[k] !== null) {
        prev = result[k]!
        break
      }
    let next = units.length
    for (let k = p.j + 1; k < paragraphs.length; k++)
      if (result[k] !== null) {
        next = result[k]!
        break
      }
    let best: { i: number; score: number } | null = null
    for (const u of freeUnits) {
      if (used.has(u.i) || u.i <= prev || u.i >= next) continue
      const score = contained(p.grams, u.grams)
      if (score >= CONTAINED && (!best || score > best.score)) best = { i: u.i, score }
    }
    if (best) {
      result[p.j] = best.i
      used.add(best.i)
    }
  }
  return result
}

/** 最长递增子序列中的下标（其余的算移动过）。 */
function stableIndices(values: number[]): Set<number> {
  const tails: number[] = []
  const prev: number[] = values.map(() => -1)
  values.forEach((v, k) => {
    let lo = 0
    let hi = tails.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (values[tails[mid]!]! < v) lo = mid + 1
      else hi = mid
    }
    if (lo > 0) prev[k] = tails[lo - 1]!
    tails[lo] = k
  })
  const out = new Set<number>()
  for (let k = tails[tails.length - 1] ?? -1; k >= 0; k = prev[k]!) out.add(k)
  return out
}

const CHILD_ROLE: Record<ItemRole, ItemRole> = { aspect: 'problem', problem: 'measure', measure: 'measure' }

/** 部分段落的当前文字（导语、统计、联系方式没有手写时由模型生成，导出的就是它）。 */
export function partParagraphs(notice: Notice, part: Owner & { kind: 'part' }): RichText {
  switch (part.part) {
    case 'lead':
      return noticeLead(notice)
    case 'statistics':
      return notice.statistics.override ?? statisticsText(notice)
    case 'contact':
      return notice.contact.override ?? contactText(notice)
    default:
      return notice[part.part].paragraphs
  }
}

export const ownerKey = (o: Owner) => (o.kind === 'item' ? `item:${o.itemId}` : `part:${o.part}`)

/** 容器现有的文字：条目为 [标题, 正文各段]，部分为各段。应用改动前与此核对，通报在审阅期间改过的地方不被覆盖。 */
export function ownerTexts(notice: Notice, owner: Owner, places = itemPlaces(notice)): string[] | null {
  if (owner.kind === 'part') return RichText.texts(partParagraphs(notice, owner))
  const place = places.get(owner.itemId)
  return place ? [place.item.title, ...RichText.texts(place.item.body)] : null
}

function ownerOf(target: UnitTarget): Owner | null {
  switch (target.kind) {
    case 'item-title':
    case 'item-lead':
    case 'item-body':
      return { kind: 'item', itemId: target.itemId }
    case 'part-paragraph':
      return { kind: 'part', part: target.part }
    case 'section-heading':
      return { kind: 'part', part: target.section }
    default:
      return null
  }
}

/** 新段落插在容器中哪一段之后（下标按改动前的段落，-1 为最前）。 */
function positionAfter(target: UnitTarget): number {
  switch (target.kind) {
    case 'item-title':
    case 'section-heading':
      return -1
    case 'item-lead':
      return 0
    case 'item-body':
    case 'part-paragraph':
      return target.index
    default:
      return -1
  }
}

const authorsOf = (p: ViewParagraph) => [...new Set(p.revisions.map((r) => r.revision.author).filter((a) => a !== ''))]

/** run-in 段落改过之后按原来的标题与正文的分界拆开：改动落在分界两边时，改动的文字归标题。 */
function splitLead(beforeTitle: string, before: string, after: string): { title: string; body: string } {
  if (beforeTitle === '') return { title: '', body: after }
  let head = 0
  while (head < before.length && head < after.length && before[head] === after[head]) head++
  let tail = 0
  while (tail < before.length - head && tail < after.length - head && before[before.length - 1 - tail] === after[after.length - 1 - tail])
    tail++
  const boundary = beforeTitle.length
  let cut: number
  if (boundary <= head) cut = boundary
  else if (boundary >= before.length - tail) cut = after.length - (before.length - boundary)
  else cut = after.length - tail
  return { title: after.slice(0, cut), body: after.slice(cut) }
}

/** 新条目的标题与正文：同级是 run-in 且有标题的，第一句是标题；独立标题的，整段是标题。 */
function newItemFields(text: string, like: Item | null): { title: string; runIn: boolean; body: string[] } {
  const runIn = like ? like.runIn : true
  if (!runIn) return { title: text, runIn, body: [] }
  if (like && like.title === '') return { title: '', runIn, body: [text] }
  const end = text.indexOf('。')
  if (end < 0 || end === text.length - 1) return { title: text, runIn, body: [] }
  return { title: text.slice(0, end + 1), runIn, body: [text.slice(end + 1)] }
}

/**
 * 审阅稿 → 改动清单与批注。审阅稿记下的文档编号与 documentId 不同、或通报的段落在审阅稿里找到的不到一半时，
 * 抛出 TongbaoError（review.other-document / review.not-this-notice）。
 */
export function reviewChanges(open: Notice, doc: ReviewedDocx, options: ReviewOptions = {}): ReviewResult {
  const base = options.base ?? open
  if (doc.properties.documentId && options.documentId && doc.properties.documentId !== options.documentId)
    throw new TongbaoError('review.other-document')
  const units = noticeUnits(base)
  const places = itemPlaces(base)
  const accepted = reviewView(doc, 'accepted')
  const paras = accepted.map((p) => {
    const m = withoutMarker(p.text)
    return { view: p, text: p.text, stripped: m.text, level: m.level }
  })
  const match = align(units, paras)
  const countable = units.filter((u) => u.target.kind !== 'signature-date')
  const matchedUnits = new Set(match.filter((i): i is number => i !== null))
  const found = countable.filter((u) => matchedUnits.has(units.indexOf(u))).length
  if (countable.length === 0 || found / countable.length < BELONGS)
    throw new TongbaoError('review.not-this-notice', { percent: Math.round((100 * found) / Math.max(1, countable.length)) })

  // 删掉的段在接受后的读法里没有了：到拒绝后的读法（即审阅前的文字）里找它，看是谁删的。
  const rejected = reviewView(doc, 'rejected')
  const rejectedByKey = new Map<string, ViewParagraph[]>()
  for (const p of rejected)
    rejectedByKey.set(key(withoutMarker(p.text).text), [...(rejectedByKey.get(key(withoutMarker(p.text).text)) ?? []), p])
  const deletedBy = (unitIndexes: number[]): string[] =>
    [
      ...new Set(
        unitIndexes.flatMap((i) =>
          (rejectedByKey.get(key(units[i]!.text)) ?? []).flatMap((p) =>
            p.revisions.filter((r) => r.revision.kind === 'del' || r.revision.kind === 'moveFrom').map((r) => r.revision.author),
          ),
        ),
      ),
    ].filter((a) => a !== '')

  const changes: ReviewChange[] = []
  let nextId = 1
  type Unnumbered<T> = T extends ReviewChange ? Omit<T, 'id'> : never
  const push = (c: Unnumbered<ReviewChange>) => changes.push({ ...c, id: `c${nextId++}` } as ReviewChange)
  const unplaced: string[] = []
  const comments: LocatedComment[] = []
  const commentById = new Map(doc.comments.map((c) => [c.id, c]))

  // 条目子树里有没有一段还在：整棵子树都不见了才算删掉条目。
  const unitsOfItem = new Map<string, number[]>()
  units.forEach((u, i) => {
    if (!u.item) return
    const list = unitsOfItem.get(u.item.id) ?? []
    list.push(i)
    unitsOfItem.set(u.item.id, list)
  })
  const ownMatched = (id: string) => (unitsOfItem.get(id) ?? []).some((i) => matchedUnits.has(i))
  const subtreeMatched = (item: Item): boolean => ownMatched(item.id) || item.children.some(subtreeMatched)

  // 按审阅稿的次序走一遍：条目出现的次序与层次，新段落与新条目挂在哪里。
  interface Entry {
    id: string
    section: SectionKey
    depth: number
    isNew: boolean
    item: Item | null
    /** 条目第一段上的修订作者（移动的条目：移动它的人） */
    authors: string[]
    parentId?: string | null
    order: number
  }
  const entries: Entry[] = []
  const seen = new Set<string>()
  let section: SectionKey | null = null
  let owner: { owner: Owner; after: number } | null = null
  /** 刚读到的是新条目：其后不带编号的新段是它的正文。 */
  let inNewItem = false
  /** 新条目在走完之前只记下文字，走完才定角色与写法（要看同级条目）。 */
  const pendingNew = new Map<Entry, { text: string; authors: string[]; body: string[] }>()
  /** 通报第一段之前的新段：插到第一个对上的容器的最前面。 */
  const pendingBefore: string[] = []

  const enter = (id: string, depth?: number, authors: string[] = []) => {
    if (seen.has(id)) return
    const place = places.get(id)!
    // 自己的段全删了、下级还在的条目：在下级之前占一个位置，下级因而不算移动。
    if (place.parentId && !seen.has(place.parentId) && !ownMatched(place.parentId)) enter(place.parentId)
    seen.add(id)
    entries.push({
      id,
      section: place.section,
      depth: depth ?? place.depth,
      isNew: false,
      item: place.item,
      authors,
      order: entries.length,
    })
  }

  paras.forEach((p, j) => {
    const ui = match[j]
    const commentTarget = (target: UnitTarget | null, itemId: string | null) => {
      for (const cid of p.view.commentIds) {
        const c = commentById.get(cid)
        if (c) comments.push({ id: c.id, author: c.author, date: c.date, text: c.text, quote: p.text, target, itemId })
      }
    }
    if (ui !== null && ui !== undefined) {
      inNewItem = false
      const u = units[ui]!
      if (u.item) {
        section = u.item.section
        const head = isHeadUnit(u)
        enter(u.item.id, head && p.level ? depthForLevel(p.level, isHeaded(base[section].heading)) : undefined, authorsOf(p.view))
      } else if (u.part === 'organization' || u.part === 'rectification' || u.part === 'nextSteps') section = u.part
      else section = null
      const own = ownerOf(u.target)
      owner = own ? { owner: own, after: positionAfter(u.target) } : null
      if (owner && pendingBefore.length) {
        for (const text of pendingBefore.splice(0))
          push({
            kind: 'paragraph-added',
            owner: owner.owner,
            after: owner.after - 1,
            text,
            itemId: u.item?.id ?? null,
            part: u.part,
            authors: [],
          })
      }
      commentTarget(u.target, u.item?.id ?? null)
      if (u.target.kind === 'signature-date') return
      const after = isHeadUnit(u) && (u.item ? true : p.level !== null) ? p.stripped : p.text
      if (shown(u.text) === shown(after)) return
      const place = u.item ? places.get(u.item.id) : undefined
      push({
        kind: 'edit',
        target: u.target,
        before: u.text,
        after,
        itemId: u.item?.id ?? null,
        part: u.part,
        authors: authorsOf(p.view),
        ...(u.target.kind === 'item-lead' && place ? { split: splitLead(place.item.title, u.text, after) } : {}),
      })
      return
    }
    // 审阅稿里新加的段。
    const authors = authorsOf(p.view)
    if (p.level !== null && section) {
      const depth = depthForLevel(p.level, isHeaded(base[section].heading))
      inNewItem = true
      const entry: Entry = { id: '', section, depth, isNew: true, item: null, authors, order: entries.length }
      entries.push(entry)
      pendingNew.set(entry, { text: p.stripped, authors, body: [] })
      owner = null
      commentTarget(null, null)
      return
    }
    const last = entries[entries.length - 1]
    if (inNewItem && last?.isNew) {
      pendingNew.get(last)!.body.push(p.text)
      commentTarget(null, null)
      return
    }
    if (owner) {
      const o = owner
      push({
        kind: 'paragraph-added',
        owner: o.owner,
        after: o.after,
        text: p.text,
        itemId: o.owner.kind === 'item' ? o.owner.itemId : null,
        part: o.owner.kind === 'part' ? o.owner.part : (section ?? 'rectification'),
        authors,
      })
      commentTarget(null, o.owner.kind === 'item' ? o.owner.itemId : null)
      return
    }
    if (entries.length === 0 && section === null && j < paras.length - 1 && match.slice(j + 1).some((x) => x !== null))
      pendingBefore.push(p.text)
    else unplaced.push(p.text)
  })

  // 删掉的段与条目。
  const isUnder = (id: string, ancestor: string): boolean => {
    for (let p = places.get(id)?.parentId; p; p = places.get(p)?.parentId) if (p === ancestor) return true
    return false
  }
  const deletedItems = new Set<string>()
  for (const [id, place] of places) {
    if (subtreeMatched(place.item)) continue
    deletedItems.add(id)
    if (place.parentId && deletedItems.has(place.parentId)) continue
    const subtree = units.flatMap((u, i) => (u.item && (u.item.id === id || isUnder(u.item.id, id)) ? [i] : []))
    push({
      kind: 'item-deleted',
      text: ItemOps.text(place.item).split('\n')[0]!,
      itemId: id,
      part: place.section,
      authors: deletedBy(subtree),
    })
  }
  units.forEach((u, i) => {
    if (matchedUnits.has(i) || (u.item && deletedItems.has(u.item.id))) return
    const itemId = u.item?.id ?? null
    switch (u.target.kind) {
      case 'item-body':
      case 'part-paragraph':
        push({
          kind: 'paragraph-deleted',
          owner: ownerOf(u.target)!,
          index: u.target.index,
          text: u.text,
          itemId,
          part: u.part,
          authors: deletedBy([i]),
        })
        break
      case 'item-title':
      case 'item-lead':
      case 'section-heading':
        push({
          kind: 'edit',
          target: u.target,
          before: u.text,
          after: '',
          itemId,
          part: u.part,
          authors: deletedBy([i]),
          ...(u.target.kind === 'item-lead' ? { split: { title: '', body: '' } } : {}),
        })
        break
      default:
        // 标题、落款整段删去：由模型生成或必须有，不跟着删。
        break
    }
  })

  // 条目的次序与层次：按审阅稿的次序算出每个条目的新上级，与原来不同、或在同级中的次序变了，就是移动。
  const bySection = new Map<SectionKey, Entry[]>()
  for (const e of entries) bySection.set(e.section, [...(bySection.get(e.section) ?? []), e])
  const newIds = new Map<Entry, string>()
  for (const e of entries) if (e.isNew) newIds.set(e, (e.item = ItemOps.create('measure', '')).id)
  const idOf = (e: Entry) => (e.isNew ? newIds.get(e)! : e.id)
  for (const list of bySection.values()) {
    const stack: Entry[] = []
    for (const e of list) {
      while (stack.length && stack[stack.length - 1]!.depth >= e.depth) stack.pop()
      e.parentId = stack.length ? idOf(stack[stack.length - 1]!) : null
      stack.push(e)
    }
  }
  const siblings = new Map<string, Entry[]>()
  for (const e of entries) {
    const k = `${e.section}/${e.parentId ?? ''}`
    siblings.set(k, [...(siblings.get(k) ?? []), e])
  }
  const moved = new Set<Entry>()
  for (const list of siblings.values()) {
    const kept = list.filter((e) => !e.isNew && places.get(e.id)!.parentId === e.parentId && places.get(e.id)!.section === e.section)
    for (const e of list) if (!e.isNew && !kept.includes(e)) moved.add(e)
    const stable = stableIndices(kept.map((e) => places.get(e.id)!.index))
    kept.forEach((e, k) => {
      if (!stable.has(k)) moved.add(e)
    })
  }
  const anchor = (e: Entry): ItemAnchor => {
    const list = siblings.get(`${e.section}/${e.parentId ?? ''}`)!
    const before = list.slice(0, list.indexOf(e)).reverse()
    return { section: e.section, parentId: e.parentId ?? null, afterIds: before.map(idOf) }
  }
  for (const e of entries) {
    if (e.isNew) {
      const pending = pendingNew.get(e)!
      const list = siblings.get(`${e.section}/${e.parentId ?? ''}`)!
      const like = list.find((s) => s !== e && !s.isNew)?.item ?? null
      const parent = e.parentId ? (places.get(e.parentId)?.item ?? entries.find((x) => idOf(x) === e.parentId)?.item ?? null) : null
      const role: ItemRole = like?.role ?? (parent ? CHILD_ROLE[parent.role] : (base[e.section].items[0]?.role ?? 'measure'))
      const fields = newItemFields(pending.text, like)
      const item = {
        ...ItemOps.create(role, fields.title, { runIn: fields.runIn, body: RichText.of(...fields.body, ...pending.body) }),
        id: idOf(e),
      }
      e.item = item
      push({ kind: 'item-added', item, ...anchor(e), itemId: item.id, part: e.section, authors: pending.authors })
    } else if (moved.has(e)) {
      push({
        kind: 'item-moved',
        text: ItemOps.text(e.item!).split('\n')[0]!,
        ...anchor(e),
        itemId: e.id,
        part: e.section,
        authors: e.authors,
      })
    }
  }

  const owners: Record<string, string[]> = {}
  for (const c of changes) {
    const o = c.kind === 'edit' ? ownerOf(c.target) : c.kind === 'paragraph-added' || c.kind === 'paragraph-deleted' ? c.owner : null
    if (o) owners[ownerKey(o)] ??= ownerTexts(base, o, places) ?? []
  }
  return { changes, comments, unplaced, matched: { units: found, total: countable.length }, owners }
}

/** 改动对应的单元在通报中的路径（检查面板跳转用）；条目不在了为 null。 */
export function targetPath(notice: Notice, target: UnitTarget, places: Map<string, ItemPlace> = itemPlaces(notice)): Path | null {
  const itemPath = (id: string): Path | null => {
    const place = places.get(id)
    if (!place) return null
    const chain: ItemPlace[] = []
    for (let cur: ItemPlace | undefined = place; cur; cur = cur.parentId ? places.get(cur.parentId) : undefined) chain.unshift(cur)
    const path: Path = [place.section, 'items']
    chain.forEach((c, k) => path.push(...(k ? ['children', c.index] : [c.index])))
    return path
  }
  switch (target.kind) {
    case 'title':
      return ['title']
    case 'section-heading':
      return [target.section, 'heading']
    case 'signature-org':
      return ['signature', 'org']
    case 'signature-date':
      return ['signature', 'date']
    case 'part-paragraph':
      if (target.part === 'lead') return notice.lead.override ? ['lead', 'override', target.index] : ['meta']
      if (target.part === 'statistics') return notice.statistics.override ? ['statistics', 'override', target.index] : ['statistics']
      if (target.part === 'contact') return notice.contact.override ? ['contact', 'override', target.index] : ['contact']
      return [target.part, 'paragraphs', target.index]
    case 'item-title': {
      const p = itemPath(target.itemId)
      return p && [...p, 'title']
    }
    case 'item-lead': {
      const p = itemPath(target.itemId)
      return p && (places.get(target.itemId)!.item.body.length ? [...p, 'body', 0] : [...p, 'title'])
    }
    case 'item-body': {
      const p = itemPath(target.itemId)
      return p && [...p, 'body', target.index]
    }
  }
}
