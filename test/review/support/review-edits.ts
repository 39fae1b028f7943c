// 审阅稿测试的改动方案：在导出的送审稿上改一处措辞、删一句、在移动的段里加字、加一条（手打编号）、删一条、
// 移动一条、加一条批注；同一方案在模型上应用一遍得到期望的通报，在 XML 上写一遍得到审阅稿（留修订痕迹或不留）。
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate'
import { Block, noticeBlocks } from '../../../core/document/blocks'
import { cleanText } from '../../../core/export/clean-text'
import { Item as ItemOps, type SectionKey } from '../../../core/model/item'
import type { Item, Notice } from '../../../core/model/notice'
import { Marker, type Level } from '../../../core/model/numbering'
import { RichText } from '../../../core/model/rich-text'

export const REVIEWER = '办公室主任'
export const COMMENTER = '审阅人乙'
export const COMMENT_TEXT = '请核实时间节点。'
export const NEW_ITEM_TEXT = '建立审阅意见闭环跟踪机制，逐条对账销号。'
export const INSERTED = '（已于本月完成）'
export const REWORD = '进一步健全'

export const EDIT_KINDS = ['reword', 'delete-sentence', 'insert-text', 'add-item', 'delete-item', 'move-item', 'comment'] as const
export type EditKind = (typeof EDIT_KINDS)[number]

interface Located {
  item: Item
  section: SectionKey
  parent: Item | null
  siblings: Item[]
}

/** 一处文字改动：条目正文第 index 段（-1 为标题）中 at 起删 del 个字、插入 ins。 */
export interface TextEdit {
  itemId: string
  index: number
  at: number
  del: number
  ins: string
}

export interface EditPlan {
  reword: TextEdit
  deleteSentence: TextEdit
  /** 加在移动的那一条里（修订在移动的段落之中） */
  insertText: TextEdit
  addAfter: { itemId: string; marker: string }
  deleteItem: string
  move: { itemId: string; afterId: string }
  commentOn: string
}

function locateAll(notice: Notice): Located[] {
  const out: Located[] = []
  const walk = (items: Item[], section: SectionKey, parent: Item | null) => {
    for (const item of items) {
      out.push({ item, section, parent, siblings: items })
      walk(item.children, section, item)
    }
  }
  for (const s of ['organization', 'rectification', 'nextSteps'] as const) walk(notice[s].items, s, null)
  return out
}

/** 给每个条目填上状态、时限、责任单位、责任领导与参照：合并后这些都要原样留着。 */
export function withItemFields(notice: Notice): Notice {
  const n: Notice = JSON.parse(JSON.stringify(notice))
  let k = 0
  for (const { item } of locateAll(n)) {
    k++
    item.status = (['已完成', '基本完成', '持续推进'] as const)[k % 3]!
    item.deadline = `2025-${String((k % 12) + 1).padStart(2, '0')}-15`
    item.responsible = `责任单位${k}`
    item.leader = `领导${k}`
    item.reference = { title: `上一轮第${k}条`, status: null, body: RichText.of('上一轮的文字。') }
  }
  return n
}

/** 一条正文较长的段（条目正文第 index 段）。 */
function textSlot(item: Item): number {
  return item.body.findIndex((p) => RichText.text([p]).length >= 20)
}

/** 从通报里挑出各处改动的位置（确定性：同一通报总是同一方案）。 */
export function planEdits(notice: Notice): EditPlan {
  const all = locateAll(notice)
  const used = new Set<string>()
  const take = (pred: (l: Located) => boolean, from: Located[] = all): Located => {
    const found = from.find((l) => !used.has(l.item.id) && pred(l))
    if (!found) throw new Error('样例里找不到合适的条目')
    used.add(found.item.id)
    return found
  }
  const leaf = (l: Located) => l.item.children.length === 0
  // 移动：一组至少三个同级中的第一条（叶子，有正文）移到第三条之后。
  const z = take((l) => leaf(l) && l.siblings.length >= 3 && l.siblings[0] === l.item && textSlot(l.item) === 0)
  const w = z.siblings[2]!
  used.add(w.id)
  used.add(z.siblings[1]!.id)
  const y = take((l) => leaf(l), [...all].reverse())
  const x = take((l) => leaf(l))
  const r = take((l) => textSlot(l.item) >= 0)
  const d = take((l) => l.item.body.some((p) => (RichText.text([p]).match(/。/g)?.length ?? 0) >= 2))
  const rText = RichText.text([r.item.body[textSlot(r.item)]!])
  const mid = Math.floor(rText.length / 2)
  const dIndex = d.item.body.findIndex((p) => (RichText.text([p]).match(/。/g)?.length ?? 0) >= 2)
  const dText = RichText.text([d.item.body[dIndex]!])
  const first = dText.indexOf('。') + 1
  const second = dText.indexOf('。', first) + 1
  const zText = RichText.text([z.item.body[0]!])
  const zEnd = zText.endsWith('。') ? zText.length - 1 : zText.length
  const xLevel = markerLevel(notice, x.item.id)
  return {
    reword: { itemId: r.item.id, index: textSlot(r.item), at: mid, del: 4, ins: REWORD },
    deleteSentence: { itemId: d.item.id, index: dIndex, at: first, del: second - first, ins: '' },
    insertText: { itemId: z.item.id, index: 0, at: zEnd, del: 0, ins: INSERTED },
    addAfter: { itemId: x.item.id, marker: Marker.format(xLevel, x.siblings.indexOf(x.item) + 2) },
    deleteItem: y.item.id,
    move: { itemId: z.item.id, afterId: w.id },
    commentOn: w.id,
  }
}

function markerLevel(notice: Notice, id: string): Level {
  const block = noticeBlocks(notice).find((b) => b.level && blockItem(notice, b)?.id === id)
  return (block?.level || 3) as Level
}

function editText(s: string, e: TextEdit): string {
  return s.slice(0, e.at) + e.ins + s.slice(e.at + e.del)
}

function find(notice: Notice, id: string): { list: Item[]; index: number; item: Item } {
  const l = locateAll(notice).find((x) => x.item.id === id)!
  return { list: l.siblings, index: l.siblings.indexOf(l.item), item: l.item }
}

/** 方案在模型上的结果（期望的合并结果）。新条目的编号未知，记为 'new'。 */
export function expectedNotice(notice: Notice, plan: EditPlan): Notice {
  const n: Notice = JSON.parse(JSON.stringify(notice))
  for (const e of [plan.reword, plan.deleteSentence, plan.insertText]) {
    const { item } = find(n, e.itemId)
    const p = item.body[e.index]!
    item.body[e.index] = { type: 'paragraph', children: [{ text: editText(RichText.text([p]), e) }] }
  }
  const z = find(n, plan.move.itemId)
  z.list.splice(z.index, 1)
  const w = find(n, plan.move.afterId)
  w.list.splice(w.index + 1, 0, z.item)
  const x = find(n, plan.addAfter.itemId)
  x.list.splice(x.index + 1, 0, { ...ItemOps.create(x.item.role, NEW_ITEM_TEXT, { runIn: x.item.runIn }), id: 'new' })
  const y = find(n, plan.deleteItem)
  y.list.splice(y.index, 1)
  return n
}

// ---- 写 XML ----

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
const unesc = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&')
const PARAGRAPH = /<w:p(?:\s[^>]*)?(?:\/>|>[\s\S]*?<\/w:p>)/g

function paragraphText(p: string): string {
  return [...p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => unesc(m[1]!)).join('')
}

type PieceKind = 'normal' | 'ins' | 'del' | 'moveFrom' | 'moveTo'
interface Piece {
  text: string
  kind: PieceKind
}

let revisionId = 100
const attrs = () => `w:id="${revisionId++}" w:author="${REVIEWER}" w:date="2026-12-01T09:00:00Z"`

function runsXml(pieces: Piece[]): string {
  return pieces
    .filter((p) => p.text !== '')
    .map((p) => {
      if (p.kind === 'normal') return `<w:r><w:t xml:space="preserve">${esc(p.text)}</w:t></w:r>`
      const tag = p.kind === 'del' || p.kind === 'moveFrom' ? 'delText' : 't'
      return `<w:${p.kind} ${attrs()}><w:r><w:${tag} xml:space="preserve">${esc(p.text)}</w:${tag}></w:r></w:${p.kind}>`
    })
    .join('')
}

function paragraphXml(original: string, pieces: Piece[], mark: PieceKind = 'normal', comment?: string): string {
  let pPr = /<w:pPr>[\s\S]*?<\/w:pPr>/.exec(original)?.[0] ?? '<w:pPr></w:pPr>'
  if (mark !== 'normal') pPr = pPr.replace('</w:pPr>', `<w:rPr><w:${mark} ${attrs()}/></w:rPr></w:pPr>`)
  const start = comment !== undefined ? `<w:commentRangeStart w:id="${comment}"/>` : ''
  const end = comment !== undefined ? `<w:commentRangeEnd w:id="${comment}"/><w:r><w:commentReference w:id="${comment}"/></w:r>` : ''
  return `<w:p>${pPr}${start}${runsXml(pieces)}${end}</w:p>`
}

export type ReviewMode = 'tracked' | 'untracked'

/** 导出时各条目的段落文字（含编号），按条目编号；以及它整棵子树最后一段的文字。 */
function itemParagraphs(notice: Notice): Map<string, { own: string[]; lastOfSubtree: string }> {
  const blocks = noticeBlocks(notice)
  const out = new Map<string, { own: string[]; lastOfSubtree: string }>()
  for (const l of locateAll(notice)) {
    const own: string[] = []
    let last = ''
    for (const b of blocks) {
      const owner = blockItem(notice, b)
      if (!owner) continue
      if (owner.id === l.item.id) own.push(cleanText(Block.text(b)))
      if (owner.id === l.item.id || isDescendant(l.item, owner.id)) last = cleanText(Block.text(b))
    }
    out.set(l.item.id, { own, lastOfSubtree: last })
  }
  return out
}

function isDescendant(item: Item, id: string): boolean {
  return item.children.some((c) => c.id === id || isDescendant(c, id))
}

function blockItem(notice: Notice, b: Block): Item | null {
  let cur: unknown = notice
  let found: Item | null = null
  for (const k of b.path) {
    cur = (cur as Record<string | number, unknown>)?.[k]
    if (cur && typeof cur === 'object' && 'children' in (cur as object) && 'role' in (cur as object)) found = cur as Item
  }
  return found
}

/** 段落文字中的位置：条目正文第 index 段在导出段落里从哪个字起（run-in 段落前面是编号与标题）。 */
function offsetIn(paragraphText: string, bodyText: string): number {
  return paragraphText.length - bodyText.length
}

/** 在导出的 .docx 上按方案写出审阅稿：tracked 用 w:ins/w:del/w:moveFrom/w:moveTo，untracked 直接改文字。都加一条批注。 */
export function writeReviewed(docx: Uint8Array, notice: Notice, plan: EditPlan, mode: ReviewMode): Uint8Array {
  const files = unzipSync(docx)
  let xml = strFromU8(files['word/document.xml']!)
  const paras = itemParagraphs(notice)
  const all = [...xml.matchAll(PARAGRAPH)].map((m) => m[0])
  const texts = all.map(paragraphText)
  const indexOf = (text: string) => texts.indexOf(text)
  const replaced = new Map<number, string>()
  const after = new Map<number, string[]>()
  const tracked = mode === 'tracked'

  const bodyText = (e: TextEdit) => RichText.text([find(notice, e.itemId).item.body[e.index]!])
  const slot = (e: TextEdit) => {
    const body = cleanText(bodyText(e))
    const i = texts.findIndex((t) => t.endsWith(body) && paras.get(e.itemId)!.own.includes(t))
    return { i, at: offsetIn(texts[i]!, body) + e.at }
  }
  const textEdit = (e: TextEdit, kinds: [PieceKind, PieceKind] = ['del', 'ins']): Piece[] => {
    const { i, at } = slot(e)
    const t = texts[i]!
    return tracked
      ? [
          { text: t.slice(0, at), kind: 'normal' },
          { text: t.slice(at, at + e.del), kind: kinds[0] },
          { text: e.ins, kind: kinds[1] },
          { text: t.slice(at + e.del), kind: 'normal' },
        ]
      : [{ text: editText(t, { ...e, at }), kind: 'normal' }]
  }
  for (const e of [plan.reword, plan.deleteSentence]) replaced.set(slot(e).i, paragraphXml(all[slot(e).i]!, textEdit(e)))

  // 删掉一条：它的各段连同段落标记。
  for (const t of paras.get(plan.deleteItem)!.own) {
    const i = indexOf(t)
    replaced.set(i, tracked ? paragraphXml(all[i]!, [{ text: t, kind: 'del' }], 'del') : '')
  }
  // 移动一条：原处 moveFrom，新处 moveTo，新处的段里再插入几个字（修订在移动的段落之中）。
  const zi = slot(plan.insertText).i
  const moved = paras.get(plan.move.itemId)!.own
  for (const t of moved) {
    const i = indexOf(t)
    replaced.set(i, tracked ? paragraphXml(all[i]!, [{ text: t, kind: 'moveFrom' }], 'moveFrom') : '')
  }
  const wLast = indexOf(paras.get(plan.move.afterId)!.lastOfSubtree)
  const movedXml = moved.map((t) => {
    const i = indexOf(t)
    if (i !== zi) return paragraphXml(all[i]!, [{ text: t, kind: tracked ? 'moveTo' : 'normal' }], tracked ? 'moveTo' : 'normal')
    const pieces = textEdit(plan.insertText).map((p) => (p.kind === 'normal' && tracked ? { ...p, kind: 'moveTo' as const } : p))
    return paragraphXml(all[i]!, pieces, tracked ? 'moveTo' : 'normal')
  })
  after.set(wLast, [...(after.get(wLast) ?? []), ...movedXml])
  // 新加一条：审阅人手打的编号。
  const xLast = indexOf(paras.get(plan.addAfter.itemId)!.lastOfSubtree)
  const xOwn = all[indexOf(paras.get(plan.addAfter.itemId)!.own[0]!)]!
  after.set(xLast, [
    ...(after.get(xLast) ?? []),
    paragraphXml(xOwn, [{ text: plan.addAfter.marker + NEW_ITEM_TEXT, kind: tracked ? 'ins' : 'normal' }], tracked ? 'ins' : 'normal'),
  ])
  // 批注：锚在第三条（移动的目标）的第一段。
  const ci = indexOf(paras.get(plan.commentOn)!.own[0]!)
  const cOriginal = replaced.get(ci) ?? all[ci]!
  replaced.set(ci, paragraphXml(cOriginal, [{ text: texts[ci]!, kind: 'normal' }], 'normal', '0'))

  let k = 0
  xml = xml.replace(PARAGRAPH, (p) => {
    const i = k++
    return (replaced.has(i) ? replaced.get(i)! : p) + (after.get(i) ?? []).join('')
  })
  files['word/document.xml'] = strToU8(xml)
  files['word/comments.xml'] = strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:comments xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:comment w:id="0" w:author="${COMMENTER}" w:date="2026-12-01T10:00:00Z"><w:p><w:r><w:t>${COMMENT_TEXT}</w:t></w:r></w:p></w:comment></w:comments>`,
  )
  files['word/_rels/document.xml.rels'] = strToU8(
    strFromU8(files['word/_rels/document.xml.rels']!).replace(
      '</Relationships>',
      '<Relationship Id="rId90" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/></Relationships>',
    ),
  )
  files['[Content_Types].xml'] = strToU8(
    strFromU8(files['[Content_Types].xml']!).replace(
      '</Types>',
      '<Override ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml" PartName="/word/comments.xml"/></Types>',
    ),
  )
  return zipSync(files)
}

/** LibreOffice（UNO 脚本）用的同一方案：按段落文字找段，记下要做的编辑。 */
export function unoEdits(notice: Notice, plan: EditPlan): unknown[] {
  const paras = itemParagraphs(notice)
  const bodyText = (e: TextEdit) => cleanText(RichText.text([find(notice, e.itemId).item.body[e.index]!]))
  const paraOf = (e: TextEdit) => paras.get(e.itemId)!.own.find((t) => t.endsWith(bodyText(e)))!
  const at = (e: TextEdit) => offsetIn(paraOf(e), bodyText(e)) + e.at
  const movedPara = paras.get(plan.move.itemId)!.own
  return [
    { op: 'comment', para: paras.get(plan.commentOn)!.own[0], author: COMMENTER, text: COMMENT_TEXT },
    ...[plan.reword, plan.deleteSentence].map((e) => ({ op: 'replace', para: paraOf(e), at: at(e), del: e.del, ins: e.ins })),
    { op: 'insert-after', para: paras.get(plan.addAfter.itemId)!.lastOfSubtree, text: plan.addAfter.marker + NEW_ITEM_TEXT },
    {
      op: 'move',
      paras: movedPara,
      after: paras.get(plan.move.afterId)!.lastOfSubtree,
      insertAt: at(plan.insertText),
      insert: plan.insertText.ins,
      insertPara: paraOf(plan.insertText),
    },
    { op: 'delete', paras: paras.get(plan.deleteItem)!.own },
  ]
}

/** 在 docProps/custom.xml 里写入送审稿的编号（#17 的约定）。 */
export function withDocumentId(docx: Uint8Array, id: string, versionId = 'v1'): Uint8Array {
  const files = unzipSync(docx)
  files['docProps/custom.xml'] = strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">` +
      `<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="TongbaoDocumentId"><vt:lpwstr>${id}</vt:lpwstr></property>` +
      `<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="3" name="TongbaoVersionId"><vt:lpwstr>${versionId}</vt:lpwstr></property></Properties>`,
  )
  return zipSync(files)
}
