/**
 * 两份通报的比较（两个版本之间，或本通报与上一轮）：按部分、按条目列出改写、新增、删除与移动。
 * 条目按 id 认（同一工程的版本共用 id）；id 对不上的（上一轮导入的通报）再按标题认。移动的条目
 * 记为“移动”而不是一删一增：换了上级，或在同一上级下的先后次序不在最长不变序列里。
 * 序号是推导出来的，不算改动（移动、增删之后其他条目的序号自然会变）；显示时带上新的序号。
 */
import { type Block, noticeBlocks } from '../document/blocks'
import type { Notice, PartKey } from '../model/notice'
import { type DiffOp, diffText, lcsPairs } from './text-diff'

export const PART_LABEL: Record<PartKey, string> = {
  title: '标题',
  lead: '导语',
  organization: '组织情况',
  statistics: '统计数字',
  rectification: '逐条整改',
  nextSteps: '下一步打算',
  contact: '联系方式',
  signature: '落款',
}

export type ChangeKind = 'same' | 'changed' | 'inserted' | 'deleted' | 'moved'

/** 一个单元（一个条目自身的标题与正文，或某部分条目以外的段落）的比较结果。 */
export interface ComparedUnit {
  kind: ChangeKind
  part: PartKey
  /** 条目：序号与标题（删除的取原来的）；部分：部分名称。 */
  label: string
  /** 移动：原来的位置（序号与所在的上级）。 */
  from?: string
  /** 移动的条目文字也改了。 */
  edited?: boolean
  /** 逐段的差异；整段新增、删除时只有一边。 */
  paragraphs: DiffOp[][]
}

export interface PartComparison {
  part: PartKey
  label: string
  units: ComparedUnit[]
}

export interface ChangeCounts {
  changed: number
  inserted: number
  deleted: number
  moved: number
}

export interface Comparison {
  parts: PartComparison[]
  counts: ChangeCounts
}

interface Unit {
  key: string
  part: PartKey
  /** 条目的 id；部分的段落为 null */
  itemId: string | null
  title: string
  marker: string
  /** 上级：上级条目的 id，或部分 */
  parent: string
  texts: string[]
}

/** 块 → 单元：路径上最深的条目为一个单元，其余按部分。 */
function unitsOf(notice: Notice): Unit[] {
  const units: Unit[] = []
  const byKey = new Map<string, Unit>()
  for (const block of noticeBlocks(notice)) {
    const item = itemOf(notice, block)
    const key = item ? `item:${item.id}` : `part:${block.part}`
    let unit = byKey.get(key)
    if (!unit) {
      unit = {
        key,
        part: block.part,
        itemId: item?.id ?? null,
        title: item ? item.title : PART_LABEL[block.part],
        marker: item ? block.marker : '',
        parent: item?.parent ?? block.part,
        texts: [],
      }
      byKey.set(key, unit)
      units.push(unit)
    }
    // 序号不算在文字里：它由位置推导。
    unit.texts.push(block.heading + block.runs.map((r) => r.text).join(''))
  }
  return units
}

/** 块所在的条目（沿路径走到最深的条目）与其上级。 */
function itemOf(notice: Notice, block: Block): { id: string; title: string; parent: string } | null {
  let node: unknown = notice
  let found: { id: string; title: string; parent: string } | null = null
  let parent: string = block.part
  for (let k = 0; k < block.path.length; k++) {
    node = (node as Record<string | number, unknown> | undefined)?.[block.path[k]!]
    const key = block.path[k - 1]
    if ((key === 'items' || key === 'children') && typeof block.path[k] === 'number') {
      const item = node as { id: string; title: string }
      found = { id: item.id, title: item.title, parent }
      parent = item.id
    }
  }
  return found
}

/** 按 id 配对，再把剩下的按标题配对（上一轮的通报 id 不同）。返回 after 单元 → before 单元。 */
function matchUnits(before: Unit[], after: Unit[]): Map<Unit, Unit> {
  const match = new Map<Unit, Unit>()
  const byKey = new Map(before.map((u) => [u.key, u]))
  const used = new Set<Unit>()
  for (const u of after) {
    const b = byKey.get(u.key)
    if (b) {
      match.set(u, b)
      used.add(b)
    }
  }
  const byTitle = new Map<string, Unit[]>()
  for (const b of before)
    if (!used.has(b) && b.itemId && b.title.trim()) byTitle.set(b.title.trim(), [...(byTitle.get(b.title.trim()) ?? []), b])
  for (const u of after) {
    if (match.has(u) || !u.itemId) continue
    const b = byTitle.get(u.title.trim())?.shift()
    if (b) {
      match.set(u, b)
      used.add(b)
    }
  }
  return match
}

/** 逐段比较：相同文字的段落先对上，其余按位置配对。 */
function paragraphDiffs(before: string[], after: string[]): DiffOp[][] {
  const out: DiffOp[][] = []
  let i = 0
  let j = 0
  const gap = (bi: number, aj: number) => {
    while (i < bi && j < aj) out.push(diffText(before[i++]!, after[j++]!))
    while (i < bi) out.push(diffText(before[i++]!, ''))
    while (j < aj) out.push(diffText('', after[j++]!))
  }
  for (const [pi, pj] of lcsPairs(before, after)) {
    gap(pi, pj)
    out.push(diffText(before[i++]!, after[j++]!))
  }
  gap(before.length, after.length)
  return out
}

const isEdited = (paragraphs: DiffOp[][]) => paragraphs.some((ops) => ops.some((op) => op.kind !== 'equal'))

/** 上级不变时，同级条目先后次序里不在最长不变序列中的那些（被移动的）。 */
function reordered(after: Unit[], match: Map<Unit, Unit>, beforeIndex: Map<Unit, number>, parentOf: (b: Unit) => string): Set<Unit> {
  const moved = new Set<Unit>()
  const siblings = new Map<string, Unit[]>()
  for (const u of after) {
    const b = match.get(u)
    if (!u.itemId || !b) continue
    if (parentOf(b) !== u.parent) {
      moved.add(u)
      continue
    }
    siblings.set(u.parent, [...(siblings.get(u.parent) ?? []), u])
  }
  for (const group of siblings.values()) {
    const order = group.map((u) => beforeIndex.get(match.get(u)!)!)
    const sorted = [...order].sort((x, y) => x - y)
    const kept = new Set(lcsPairs(order, sorted).map(([i]) => i))
    group.forEach((u, i) => {
      if (!kept.has(i)) moved.add(u)
    })
  }
  return moved
}

export function compareNotices(before: Notice, after: Notice): Comparison {
  const bu = unitsOf(before)
  const au = unitsOf(after)
  const match = matchUnits(bu, au)
  const matchedBefore = new Map([...match].map(([a, b]) => [b, a]))
  // before 单元的上级换成 after 里配上的那个条目的 id（按标题配上的条目 id 不同）。
  const sameItem = new Map([...match].filter(([a]) => a.itemId).map(([a, b]) => [b.itemId!, a.itemId!]))
  const beforeIndex = new Map(bu.map((u, i) => [u, i]))
  const moved = reordered(au, match, beforeIndex, (b) => sameItem.get(b.parent) ?? b.parent)
  const counts: ChangeCounts = { changed: 0, inserted: 0, deleted: 0, moved: 0 }
  const parts = new Map<PartKey, PartComparison>()
  const push = (unit: ComparedUnit) => {
    const part = parts.get(unit.part) ?? { part: unit.part, label: PART_LABEL[unit.part], units: [] }
    parts.set(unit.part, part)
    part.units.push(unit)
  }
  const label = (u: Unit) => (u.itemId ? `${u.marker}${u.title}`.trim() || '（无标题条目）' : PART_LABEL[u.part])
  // 删去的单元放在它原来后面那个还在的单元之前。
  let bi = 0
  const flushDeleted = (until: number) => {
    for (; bi < until; bi++) {
      const b = bu[bi]!
      if (matchedBefore.has(b)) continue
      counts.deleted++
      push({ kind: 'deleted', part: b.part, label: label(b), paragraphs: b.texts.map((t) => diffText(t, '')) })
    }
  }
  for (const a of au) {
    const b = match.get(a)
    if (!b) {
      counts.inserted++
      push({ kind: 'inserted', part: a.part, label: label(a), paragraphs: a.texts.map((t) => diffText('', t)) })
      continue
    }
    if (!moved.has(a)) flushDeleted(beforeIndex.get(b)!)
    const paragraphs = paragraphDiffs(b.texts, a.texts)
    const edited = isEdited(paragraphs)
    if (moved.has(a)) {
      counts.moved++
      if (edited) counts.changed++
      const parent = bu.find((u) => u.itemId === b.parent)
      const at = `原序号 ${b.marker.replace(/[、.．]$/, '') || '（无）'}`
      push({
        kind: 'moved',
        part: a.part,
        label: label(a),
        from: parent && (sameItem.get(b.parent) ?? b.parent) !== a.parent ? `${at}，原在“${label(parent)}”之下` : at,
        edited,
        paragraphs,
      })
    } else {
      if (edited) counts.changed++
      push({ kind: edited ? 'changed' : 'same', part: a.part, label: label(a), paragraphs })
    }
  }
  flushDeleted(bu.length)
  return { parts: [...parts.values()], counts }
}

/** 改动的总数（界面、命令行的摘要）。 */
export const totalChanges = (c: ChangeCounts) => c.changed + c.inserted + c.deleted + c.moved
