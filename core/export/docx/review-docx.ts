/**
 * 送审稿：当前通报的 .docx，相对一个较早版本的改动写成 Word 修订（w:ins / w:del，带作者与时间，改写按字词），
 * 可选地把未处理的检查发现写成批注，锚在各自的文字上。全部接受修订后，文件与普通导出逐段相同。
 *
 * 做法：两份通报各按普通导出排版、打包（同一个 documentFromLayout），再把两份 word/document.xml 的段落
 * 对齐（core/compare/align-paragraphs.ts），逐段写回：相同的段落原样；改写的段落保留新段落的段落格式，
 * 文字按字词比对，删去的取旧文字片段的格式写成 w:del、加入的写成 w:ins；整段删去或加入时段落标记也标为修订。
 * 修订只是拆开并包住普通导出的文字片段，所以“全部接受”恰好还原普通导出（测试逐字节核对）。
 *
 * 与“审阅稿合并回工程”（issue #18）的约定——docProps/custom.xml 里的三个自定义属性：
 *   TongbaoDocumentId     工程的 documentId（core/project/versions.ts），认回是哪个工程；
 *   TongbaoVersionId      导出时当前文字所在的版本 id（当前内容没有版本时，导出方先自动存一个）；
 *   TongbaoBaseVersionId  修订所对照的较早版本的 id。
 * 读回这三个属性用 readReviewIds；按 id 取工程里的版本用 readProject(bytes).project 与 versionById。
 */
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate'
import { alignParagraphs, type AlignedText } from '../../compare/align-paragraphs'
import { diffText } from '../../compare/text-diff'
import { layoutNotice } from '../../layout/layout-notice'
import type { Para } from '../../layout/paragraphs'
import { getAtPath } from '../../model/item'
import type { Notice } from '../../model/notice'
import type { Finding } from '../../rules/types'
import type { DocxOptions } from '../options'
import { documentFromLayout } from './build-document'
import { packDocx } from './index'

export const REVIEW_PROPERTY = {
  documentId: 'TongbaoDocumentId',
  versionId: 'TongbaoVersionId',
  baseVersionId: 'TongbaoBaseVersionId',
} as const

export interface ReviewIds {
  documentId: string
  versionId: string
  baseVersionId: string
}

export interface ReviewOptions extends DocxOptions {
  /** 修订的作者（审阅窗格里显示的名字）。 */
  author: string
  /** 修订的时间（ISO）。 */
  date: string
  ids: ReviewIds
  /** 要写成批注的检查发现（未处理的）；不给就不写批注。 */
  comments?: readonly Finding[]
}

// ── document.xml 的段落 ──────────────────────────────────────────────

/** 段落里的一个文字片段：格式（w:rPr）与文字；不是纯文字的片段（制表符等）整个当作一个字符。 */
interface Piece {
  rPr: string
  text: string
  /** 非纯文字片段的原样 XML */
  raw?: string
}

interface XmlParagraph {
  /** 整段原样 XML */
  xml: string
  pPr: string
  pieces: Piece[]
  text: string
}

/** 非纯文字片段在比对里占的一个字符（对象替换符）。 */
const OPAQUE = '\uFFFC'

const decode = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&')
const encode = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

function parseParagraph(xml: string): XmlParagraph {
  if (xml === '<w:p/>') return { xml, pPr: '', pieces: [], text: '' }
  const inner = xml.replace(/^<w:p>/, '').replace(/<\/w:p>$/, '')
  const pPr = /^<w:pPr>[\s\S]*?<\/w:pPr>/.exec(inner)?.[0] ?? ''
  const rest = inner.slice(pPr.length)
  const pieces: Piece[] = []
  for (const m of rest.matchAll(/<w:r>([\s\S]*?)<\/w:r>|<[^>]+>/g)) {
    if (m[1] === undefined) throw new Error(`送审稿：段落中有不认识的内容 ${m[0].slice(0, 40)}`)
    const rPr = /^<w:rPr>[\s\S]*?<\/w:rPr>/.exec(m[1])?.[0] ?? ''
    const body = m[1].slice(rPr.length)
    const t = /^<w:t(?: xml:space="preserve")?>([^<]*)<\/w:t>$/.exec(body)
    pieces.push(t ? { rPr, text: decode(t[1]!) } : { rPr, text: OPAQUE, raw: m[0] })
  }
  return { xml, pPr, pieces, text: pieces.map((p) => p.text).join('') }
}

/** 正文的顶层块：段落、表格（版记）与节属性。 */
function bodyBlocks(documentXml: string): { head: string; blocks: string[]; tail: string } {
  const open = documentXml.indexOf('<w:body>') + '<w:body>'.length
  const close = documentXml.lastIndexOf('</w:body>')
  const body = documentXml.slice(open, close)
  const blocks = body.match(/<w:p>[\s\S]*?<\/w:p>|<w:p\/>|<w:tbl>[\s\S]*?<\/w:tbl>|<w:sectPr[\s\S]*?<\/w:sectPr>/g) ?? []
  if (blocks.join('') !== body) throw new Error('送审稿：正文里有不认识的内容')
  return { head: documentXml.slice(0, open), blocks, tail: documentXml.slice(close) }
}

// ── 修订的写法 ──────────────────────────────────────────────────────

class Revisions {
  private next = 1
  constructor(
    private readonly author: string,
    private readonly date: string,
  ) {}
  private attrs(): string {
    return `w:id="${this.next++}" w:author="${encode(this.author)}" w:date="${this.date}"`
  }
  ins(runs: string): string {
    return runs ? `<w:ins ${this.attrs()}>${runs}</w:ins>` : ''
  }
  del(runs: string): string {
    return runs ? `<w:del ${this.attrs()}>${runs}</w:del>` : ''
  }
  /** 段落标记本身的修订（整段加入或删去）：写在 w:pPr/w:rPr 里，位置在 w:sectPr 之前。 */
  mark(pPr: string, kind: 'ins' | 'del'): string {
    const tag = `<w:${kind} ${this.attrs()}/>`
    const base = pPr || '<w:pPr></w:pPr>'
    if (base.includes('<w:rPr>')) return base.replace('<w:rPr>', `<w:rPr>${tag}`)
    const at = base.includes('<w:sectPr') ? base.indexOf('<w:sectPr') : base.lastIndexOf('</w:pPr>')
    return `${base.slice(0, at)}<w:rPr>${tag}</w:rPr>${base.slice(at)}`
  }
}

/** 插在新文字某处的标记（批注的起止与引用），位置按新段落文字计。 */
interface Mark {
  at: number
  xml: string
}

/**
 * 片段中 [from, to) 的文字，保留各自的格式；delText：删去的文字写成 w:delText。
 * marks（只用于新文字）：位置在 [from, to) 内的标记写在该字之前。
 */
function slice(pieces: readonly Piece[], from: number, to: number, delText = false, marks: readonly Mark[] = []): string {
  let out = ''
  let at = 0
  const cuts = marks.filter((m) => m.at >= from && m.at < to)
  for (const p of pieces) {
    const len = p.text.length
    const a = Math.max(from, at)
    const b = Math.min(to, at + len)
    if (a < b) {
      if (p.raw)
        out +=
          cuts
            .filter((m) => m.at === a)
            .map((m) => m.xml)
            .join('') + p.raw
      else {
        const tag = delText ? 'w:delText' : 'w:t'
        const stops = [...new Set([a, ...cuts.filter((m) => m.at > a && m.at < b).map((m) => m.at), b])]
        for (let k = 0; k + 1 < stops.length; k++) {
          out += cuts
            .filter((m) => m.at === stops[k])
            .map((m) => m.xml)
            .join('')
          out += `<w:r>${p.rPr}<${tag} xml:space="preserve">${encode(p.text.slice(stops[k]! - at, stops[k + 1]! - at))}</${tag}></w:r>`
        }
      }
    }
    at += len
  }
  return out
}

/** 段末（新文字末尾之后）的标记。 */
const tailMarks = (p: XmlParagraph, marks: readonly Mark[]) =>
  marks
    .filter((m) => m.at >= p.text.length)
    .map((m) => m.xml)
    .join('')

function changedParagraph(before: XmlParagraph, after: XmlParagraph, rev: Revisions, marks: readonly Mark[]): string {
  let out = ''
  let i = 0
  let j = 0
  for (const op of diffText(before.text, after.text)) {
    const n = op.text.length
    if (op.kind === 'equal') {
      out += slice(after.pieces, j, j + n, false, marks)
      i += n
      j += n
    } else if (op.kind === 'delete') {
      out += rev.del(slice(before.pieces, i, i + n, true))
      i += n
    } else {
      out += rev.ins(slice(after.pieces, j, j + n, false, marks))
      j += n
    }
  }
  return `<w:p>${after.pPr}${out}${tailMarks(after, marks)}</w:p>`
}

const insertedParagraph = (p: XmlParagraph, rev: Revisions, marks: readonly Mark[]) =>
  `<w:p>${rev.mark(p.pPr, 'ins')}${rev.ins(slice(p.pieces, 0, p.text.length, false, marks))}${tailMarks(p, marks)}</w:p>`
/** 没有改动的段落：原样；有批注时照原片段重写以插入标记。 */
const sameParagraph = (p: XmlParagraph, marks: readonly Mark[]) =>
  marks.length === 0 ? p.xml : `<w:p>${p.pPr}${slice(p.pieces, 0, p.text.length, false, marks)}${tailMarks(p, marks)}</w:p>`
const deletedParagraph = (p: XmlParagraph, rev: Revisions) =>
  `<w:p>${rev.mark(p.pPr, 'del')}${rev.del(slice(p.pieces, 0, p.text.length, true))}</w:p>`

// ── 段落属于哪个单元 ────────────────────────────────────────────────

/** 段落所属的单元：路径上最深的条目的 id，或部分（标题、导语、组织情况的段落……）；版式附加的段落按角色。 */
function unitOf(notice: Notice, p: Para): string {
  if (!p.path) return p.role
  let unit = String(p.path[0])
  for (let k = 1; k < p.path.length; k++) {
    const key = p.path[k - 1]
    if ((key === 'items' || key === 'children') && typeof p.path[k] === 'number') {
      const item = getAtPath(notice, p.path.slice(0, k + 1)) as { id?: string } | undefined
      if (item?.id) unit = `item:${item.id}`
    }
  }
  return unit
}

/** document.xml 的顶层段落与版式段落一一对应（版记的段落在表格里，不在其中）。 */
function paragraphsOf(notice: Notice, options: DocxOptions, documentXml: string) {
  const paras = layoutNotice(notice, options).paras.filter((p) => !p.role.startsWith('banji'))
  const { head, blocks, tail } = bodyBlocks(documentXml)
  const indexes = blocks.flatMap((b, i) => (b.startsWith('<w:p') ? [i] : []))
  if (indexes.length !== paras.length) throw new Error(`送审稿：段落数 ${indexes.length} 与版式 ${paras.length} 不符`)
  const units = paras.map((p) => unitOf(notice, p))
  return { head, blocks, tail, indexes, units, paras }
}

// ── 批注 ───────────────────────────────────────────────────────────

const SEVERITY_WORD = { error: '错误', warning: '警告', info: '提示' } as const

/**
 * 检查发现 → 新段落上的批注标记。发现指向模型里的一段文字（路径与范围）：找到显示它的段落（版式段落的路径），
 * 在段落文字里找到那段文字，批注就锚在其中的范围上。模型里的文字不在任何段落里（如只在信息面板填的字段），
 * 或清理后的文字对不上时，锚在所在的整段上（仍找不到所在段落时锚在标题上）。
 */
function commentMarks(notice: Notice, paras: readonly Para[], texts: readonly string[], findings: readonly Finding[]): Mark[][] {
  const marks: Mark[][] = paras.map(() => [])
  const key = (path: readonly unknown[]) => JSON.stringify(path)
  findings.forEach((f, id) => {
    const path = f.location.path
    const target = getAtPath(notice, path)
    const model =
      typeof target === 'string'
        ? target
        : typeof target === 'object' && target && 'children' in target
          ? (target as { children: { text: string }[] }).children.map((r) => r.text).join('')
          : ''
    // 段落的路径正是发现的路径；或是它的上级；或同一部分里含有那段文字的段落（统计、联系方式等推导出的段落，路径与模型不同）。
    let k = paras.findIndex((p) => p.path && key(p.path) === key(path))
    if (k < 0) k = paras.findIndex((p) => p.path && key(path).startsWith(key(p.path).slice(0, -1) + ','))
    if (k < 0 && model) k = paras.findIndex((p, i) => p.path?.[0] === path[0] && texts[i]!.includes(model))
    if (k < 0) k = paras.findIndex((p) => p.path?.[0] === path[0])
    if (k < 0)
      k = Math.max(
        0,
        paras.findIndex((p) => p.role === 'title'),
      )
    const text = texts[k] ?? ''
    const offset = model ? text.indexOf(model) : -1
    let [start, end] = [0, text.length]
    if (offset >= 0)
      [start, end] = f.location.range ? [offset + f.location.range[0], offset + f.location.range[1]] : [offset, offset + model.length]
    if (end <= start) [start, end] = [0, text.length]
    marks[k]!.push(
      { at: start, xml: `<w:commentRangeStart w:id="${id}"/>` },
      { at: end, xml: `<w:commentRangeEnd w:id="${id}"/><w:r><w:commentReference w:id="${id}"/></w:r>` },
    )
  })
  // 同一位置上：先结束前一个批注，再开始下一个（不影响显示，XML 更整齐）。
  for (const list of marks) list.sort((a, b) => a.at - b.at)
  return marks
}

function commentsXml(findings: readonly Finding[], author: string, date: string): string {
  const body = findings
    .map(
      (f, id) =>
        `<w:comment w:id="${id}" w:author="${encode(author)}" w:date="${date}" w:initials="检"><w:p><w:r><w:t xml:space="preserve">${encode(`【${SEVERITY_WORD[f.severity]}】${f.message}`)}</w:t></w:r></w:p></w:comment>`,
    )
    .join('')
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:comments xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">${body}</w:comments>`
}

/** 批注部件登记进包：关系与内容类型。 */
function addCommentsPart(files: Record<string, Uint8Array>, xml: string): void {
  files['word/comments.xml'] = strToU8(xml)
  const rels = strFromU8(files['word/_rels/document.xml.rels']!)
  files['word/_rels/document.xml.rels'] = strToU8(
    rels.replace(
      '</Relationships>',
      '<Relationship Id="rIdTongbaoComments" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/></Relationships>',
    ),
  )
  const types = strFromU8(files['[Content_Types].xml']!)
  files['[Content_Types].xml'] = strToU8(
    types.replace(
      '</Types>',
      '<Override ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml" PartName="/word/comments.xml"/></Types>',
    ),
  )
}

/**
 * 送审稿的字节。before：修订所对照的较早版本的通报；notice：当前通报（导出的文字）。
 */
export async function exportReviewDocx(before: Notice, notice: Notice, options: ReviewOptions): Promise<Uint8Array> {
  const { author, date, ids, comments = [], ...docx } = options
  const customProperties = [
    { name: REVIEW_PROPERTY.documentId, value: ids.documentId },
    { name: REVIEW_PROPERTY.versionId, value: ids.versionId },
    { name: REVIEW_PROPERTY.baseVersionId, value: ids.baseVersionId },
  ]
  const afterLayout = layoutNotice(notice, docx)
  const afterBytes = await packDocx(documentFromLayout(notice, afterLayout, { customProperties }), afterLayout.options)
  const beforeLayout = layoutNotice(before, docx)
  const beforeBytes = await packDocx(documentFromLayout(before, beforeLayout), beforeLayout.options)
  const files = unzipSync(afterBytes)
  const beforeXml = strFromU8(unzipSync(beforeBytes)['word/document.xml']!)
  const afterXml = strFromU8(files['word/document.xml']!)
  files['word/document.xml'] = strToU8(withRevisions(before, notice, docx, beforeXml, afterXml, new Revisions(author, date), comments))
  if (comments.length) addCommentsPart(files, commentsXml(comments, '整改通报编辑器（检查）', date))
  return zipSync(files)
}

/** 把 before 到 notice 的改动写进 notice 的 document.xml。 */
function withRevisions(
  before: Notice,
  notice: Notice,
  options: DocxOptions,
  beforeXml: string,
  afterXml: string,
  rev: Revisions,
  comments: readonly Finding[],
): string {
  const b = paragraphsOf(before, options, beforeXml)
  const a = paragraphsOf(notice, options, afterXml)
  const bParas = b.indexes.map((i) => parseParagraph(b.blocks[i]!))
  const aParas = a.indexes.map((i) => parseParagraph(a.blocks[i]!))
  const marks = commentMarks(
    notice,
    a.paras,
    aParas.map((p) => p.text),
    comments,
  )
  const texts = (units: string[], ps: XmlParagraph[]): AlignedText[] => ps.map((p, k) => ({ unit: units[k]!, text: p.text }))
  const written: string[][] = a.blocks.map((x) => [x])
  // 删去的段落写在下一个新段落之前（文末则在最后一段之后）。
  let pendingDeleted: string[] = []
  const put = (afterIndex: number, xml: string) => {
    written[a.indexes[afterIndex]!] = [...pendingDeleted, xml]
    pendingDeleted = []
  }
  for (const step of alignParagraphs(texts(b.units, bParas), texts(a.units, aParas))) {
    if (step.kind === 'deleted') pendingDeleted.push(deletedParagraph(bParas[step.before]!, rev))
    else if (step.kind === 'inserted') put(step.after, insertedParagraph(aParas[step.after]!, rev, marks[step.after]!))
    else if (step.kind === 'changed') put(step.after, changedParagraph(bParas[step.before]!, aParas[step.after]!, rev, marks[step.after]!))
    else put(step.after, sameParagraph(aParas[step.after]!, marks[step.after]!))
  }
  if (pendingDeleted.length) {
    const last = a.indexes[a.indexes.length - 1]!
    written[last] = [...written[last]!, ...pendingDeleted]
  }
  return a.head + written.flat().join('') + a.tail
}

/** 读回送审稿里记的工程与版本（没有这些属性的 .docx 返回 null）。 */
export function readReviewIds(docx: Uint8Array): ReviewIds | null {
  const custom = unzipSync(docx, { filter: (f) => f.name === 'docProps/custom.xml' })['docProps/custom.xml']
  if (!custom) return null
  const xml = strFromU8(custom)
  const value = (name: string) => {
    const m = new RegExp(`name="${name}"[^>]*>\\s*<vt:lpwstr>([^<]*)</vt:lpwstr>`).exec(xml)
    return m ? decode(m[1]!) : null
  }
  const documentId = value(REVIEW_PROPERTY.documentId)
  const versionId = value(REVIEW_PROPERTY.versionId)
  const baseVersionId = value(REVIEW_PROPERTY.baseVersionId)
  return documentId && versionId && baseVersionId ? { documentId, versionId, baseVersionId } : null
}
