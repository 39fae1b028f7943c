/**
 * 把台账并入已打开的通报：问题按问题原文对上（忽略空白、标点、序号），对上的更新状态、时限、责任单位与责任领导，
 * 措施按正文对上照此更新、对不上的加在该问题下；台账里多出的问题加到同名方面下（没有就新建方面）。
 * 通报里台账没有的问题不动，列为“未对上”。用户看过这三张清单再决定是否接受；原通报不被修改。
 * 台账里的状态是确认过的：更新过的条目去掉“待确认”。
 */
import { IsoDate } from '../model/dates'
import { Item, type Path } from '../model/item'
import { type Notice, NoticeSchema } from '../model/notice'
import { RichText } from '../model/rich-text'
import type { LedgerImport } from './import-ledger'

export interface LedgerMergePlan {
  /** 并入后的通报（用户接受时采用）。 */
  notice: Notice
  /** 新加的问题（方面标题，问题原文）。 */
  added: { aspect: string | null; title: string }[]
  /** 对上并有改动的问题：各项改动写成“状态：持续推进 → 已完成”。 */
  updated: { path: Path; title: string; changes: string[] }[]
  /** 通报里有、台账里没有的问题。 */
  unmatched: { path: Path; title: string }[]
}

/** 比对用的文字：去掉空白、标点和开头的序号。 */
export function matchKey(text: string): string {
  return text
    .replace(/^\s*(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十\d]+）|\(\d+\)|\d+[.、．])/, '')
    .replace(/[\s\p{P}\p{S}]/gu, '')
}

function sameText(a: string, b: string): boolean {
  const [x, y] = [matchKey(a), matchKey(b)]
  if (x === '' || y === '') return false
  if (x === y) return true
  // 通报里常把台账的问题写得稍长或稍短：较短的一方够长（8 字以上）且整段出现在另一方里
  const [short, long] = x.length < y.length ? [x, y] : [y, x]
  return short.length >= 8 && long.includes(short)
}

const problemText = (i: Item) => [i.title, ...RichText.texts(i.body)].join('')
const clone = (i: Item): Item => JSON.parse(JSON.stringify(i)) as Item
const show = (v: string | null | undefined) => v ?? '（空）'

/** 把 from 的字段写到 to 上，返回改动的说明。 */
function updateFields(to: Item, from: Item): string[] {
  const changes: string[] = []
  const set = <K extends 'status' | 'deadline' | 'responsible'>(key: K, label: string, format: (v: Item[K]) => string) => {
    if (from[key] !== null && from[key] !== to[key]) {
      changes.push(`${label}：${format(to[key])} → ${format(from[key])}`)
      to[key] = from[key]
    }
  }
  set('status', '状态', (v) => show(v))
  set('deadline', '整改时限', (v) => (v ? IsoDate.toChinese(v) : '（空）'))
  set('responsible', '责任单位', (v) => show(v))
  if (from.leader && from.leader !== to.leader) {
    changes.push(`责任领导：${show(to.leader)} → ${from.leader}`)
    to.leader = from.leader
  }
  if (to.statusPending && from.status !== null) {
    delete to.statusPending
    if (!changes.some((c) => c.startsWith('状态'))) changes.push('状态：按台账确认')
  }
  return changes
}

export function mergeLedger(open: Notice, imported: LedgerImport): LedgerMergePlan {
  const notice: Notice = JSON.parse(JSON.stringify(open)) as Notice
  const plan: LedgerMergePlan = { notice, added: [], updated: [], unmatched: [] }
  const problems = [...Item.walk(notice.rectification.items, ['rectification', 'items'])].filter((e) => e.item.role === 'problem')
  const used = new Set<Item>()
  const ledgerProblems: { item: Item; aspect: Item | null }[] = []
  for (const top of imported.items) {
    if (top.role === 'aspect') for (const p of top.children) ledgerProblems.push({ item: p, aspect: top })
    else ledgerProblems.push({ item: top, aspect: null })
  }
  for (const { item: from, aspect } of ledgerProblems) {
    const hit = problems.find((e) => !used.has(e.item) && sameText(problemText(e.item), problemText(from)))
    if (!hit) {
      addProblem(notice, clone(from), aspect?.title ?? null)
      plan.added.push({ aspect: aspect?.title ?? null, title: from.title })
      continue
    }
    used.add(hit.item)
    const changes = updateFields(hit.item, from)
    for (const measure of from.children) {
      const target = hit.item.children.find((c) => c.role === 'measure' && sameText(Item.text(c), Item.text(measure)))
      if (target) changes.push(...updateFields(target, measure).map((c) => `措施“${Item.text(measure).slice(0, 12)}”${c}`))
      else {
        hit.item.children.push(clone(measure))
        changes.push(`新增措施“${Item.text(measure).slice(0, 12)}”`)
      }
    }
    if (changes.length) plan.updated.push({ path: hit.path, title: hit.item.title, changes })
  }
  for (const e of problems) if (!used.has(e.item)) plan.unmatched.push({ path: e.path, title: e.item.title })
  notice.ledger = imported.link
  plan.notice = NoticeSchema.parse(notice)
  return plan
}

/** 新问题放进同名的方面；通报不分方面时放在最后；分方面而没有同名的，新建一个方面。 */
function addProblem(notice: Notice, problem: Item, aspectTitle: string | null): void {
  const items = notice.rectification.items
  const byAspect = items.length > 0 && items.every((i) => i.role === 'aspect')
  if (!byAspect || aspectTitle === null) {
    items.push(problem)
    return
  }
  let aspect = items.find((i) => sameText(i.title, aspectTitle))
  if (!aspect) {
    aspect = Item.create('aspect', aspectTitle, { runIn: false })
    items.push(aspect)
  }
  aspect.children.push(problem)
}
