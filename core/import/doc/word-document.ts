/**
 * Word 97–2003 二进制文档（[MS-DOC]）→ 段落：读 FIB、片段表（piece table）取出正文的字符，
 * 再按段落属性（PAPX）认出表格的单元格和行尾（表格交给问题清单的读法）和自动编号（加回段首）。只读正文（主文档），
 * 页眉页脚、脚注、批注不读——它们不属于通报正文。所有偏移和长度先查边界再用。
 */
import { type SourceCell, tableToParagraphs } from '../problem-table'
import { type CompoundFile, DocFormatError } from './compound-file'
import { readWordLists, type WordLists } from './word-lists'

/** Word 97 起的 FIB 标识；Word 6/95 是 0xA5DC，结构不同。 */
const WORD97_IDENT = 0xa5ec

interface Piece {
  cpStart: number
  cpEnd: number
  /** 在 WordDocument 流中的字节偏移 */
  fc: number
  /** 压缩存放：一字节一字（Windows-1252），否则 UTF-16LE */
  compressed: boolean
}

/** 段落属性里与表格、自动编号有关的几项。 */
interface TableMarks {
  inTable: boolean
  /** 表格行尾的那个段落（TTP） */
  rowEnd: boolean
  /** 自动编号：列表格式覆盖（LFO）的序号（从 1 起，0 为无编号）与级别 */
  ilfo: number
  ilvl: number
}

/** Windows-1252 的 0x80–0x9F（其余与 Latin-1 相同）。 */
const CP1252 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ'

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
}

function check(ok: boolean, reason: string): void {
  if (!ok) throw new DocFormatError('corrupt', reason)
}

function readPieces(table: Uint8Array, fcClx: number, lcbClx: number): Piece[] {
  check(fcClx + lcbClx <= table.length && lcbClx > 0, 'Clx outside the table stream')
  const t = view(table)
  let o = fcClx
  const end = fcClx + lcbClx
  // 先是若干 Prc（clxt = 1，带修订的格式），再是一个 Pcdt（clxt = 2）。
  while (o < end && table[o] === 1) {
    check(o + 3 <= end, 'truncated Prc')
    o += 3 + t.getInt16(o + 1, true)
  }
  check(o + 5 <= end && table[o] === 2, 'no piece table')
  const lcb = t.getUint32(o + 1, true)
  const plc = o + 5
  check(plc + lcb <= end && lcb >= 16 && (lcb - 4) % 12 === 0, 'bad piece table size')
  const n = (lcb - 4) / 12
  const pieces: Piece[] = []
  for (let i = 0; i < n; i++) {
    const cpStart = t.getUint32(plc + 4 * i, true)
    const cpEnd = t.getUint32(plc + 4 * (i + 1), true)
    const raw = t.getUint32(plc + 4 * (n + 1) + 8 * i + 2, true)
    const compressed = (raw & 0x40000000) !== 0
    const fc = compressed ? (raw & 0x3fffffff) / 2 : raw & 0x3fffffff
    check(cpEnd >= cpStart, 'piece table not ascending')
    pieces.push({ cpStart, cpEnd, fc, compressed })
  }
  return pieces
}

/** 主文档 [0, ccpText) 的字符，逐字记下它在 WordDocument 流里的字节偏移（找段落属性用）。 */
function mainText(word: Uint8Array, pieces: Piece[], ccpText: number): { text: string; fcOf: (cp: number) => number } {
  const w = view(word)
  let text = ''
  for (const p of pieces) {
    if (p.cpStart >= ccpText) break
    const count = Math.min(p.cpEnd, ccpText) - p.cpStart
    const bytes = count * (p.compressed ? 1 : 2)
    check(p.fc + bytes <= word.length, 'piece outside the WordDocument stream')
    for (let k = 0; k < count; k++) {
      if (p.compressed) {
        const b = word[p.fc + k]!
        text += b >= 0x80 && b <= 0x9f ? CP1252[b - 0x80]! : String.fromCharCode(b)
      } else text += String.fromCharCode(w.getUint16(p.fc + 2 * k, true))
    }
  }
  const fcOf = (cp: number) => {
    const p = pieces.find((q) => cp >= q.cpStart && cp < q.cpEnd)
    return p ? p.fc + (cp - p.cpStart) * (p.compressed ? 1 : 2) : -1
  }
  return { text, fcOf }
}

/** 每个 sprm 的操作数长度（[MS-DOC] 2.2.5.1，spra 字段）。 */
function sprmSize(w: DataView, o: number, end: number, sprm: number): number {
  const spra = sprm >> 13
  if (spra === 0 || spra === 1) return 1
  if (spra === 2 || spra === 4 || spra === 5) return 2
  if (spra === 3) return 4
  if (spra === 7) return 3
  // 可变长：一般是一字节长度；sprmTDefTable（0xD608）是两字节长度（含自身的 1）。
  if (sprm === 0xd608) return o + 2 <= end ? 2 + w.getUint16(o, true) - 1 : Infinity
  return o + 1 <= end ? 1 + w.getUint8(o) : Infinity
}

/** 段落属性（PAPX）的格式页里，按字节偏移查段落的表格标志。读不到时返回 null（按普通段落处理）。 */
function tableMarksReader(word: Uint8Array, table: Uint8Array, fcBte: number, lcbBte: number): ((fc: number) => TableMarks) | null {
  if (lcbBte < 12 || (lcbBte - 4) % 8 !== 0 || fcBte + lcbBte > table.length) return null
  const t = view(table)
  const w = view(word)
  const n = (lcbBte - 4) / 8
  const cache = new Map<number, { fcs: number[]; marks: TableMarks[] }>()
  const page = (pn: number) => {
    const hit = cache.get(pn)
    if (hit) return hit
    const base = pn * 512
    if (base + 512 > word.length) return null
    const crun = word[base + 511]!
    const fcs: number[] = []
    const marks: TableMarks[] = []
    for (let i = 0; i <= crun && 4 * i + 4 <= 511; i++) fcs.push(w.getUint32(base + 4 * i, true))
    for (let i = 0; i < crun; i++) {
      const bx = base + 4 * (crun + 1) + 13 * i
      if (bx >= base + 511) break
      const at = base + 2 * word[bx]!
      const mark: TableMarks = { inTable: false, rowEnd: false, ilfo: 0, ilvl: 0 }
      marks.push(mark)
      if (at === base) continue
      // PapxInFkp：cb ≠ 0 时属性长 2·cb − 1，cb = 0 时下一字节 cb′，长 2·cb′；开头两字节是样式号。
      const cb = word[at]!
      const start = cb ? at + 1 : at + 2
      const length = cb ? 2 * cb - 1 : 2 * word[at + 1]!
      const end = Math.min(start + length, base + 511)
      for (let o = start + 2; o + 2 <= end;) {
        const sprm = w.getUint16(o, true)
        const size = sprmSize(w, o + 2, end, sprm)
        if (!Number.isFinite(size) || o + 2 + size > end) break
        const operand = size >= 1 ? word[o + 2]! : 0
        if (sprm === 0x2416) mark.inTable = operand !== 0 // sprmPFInTable
        if (sprm === 0x2417) mark.rowEnd = operand !== 0 // sprmPFTtp
        if (sprm === 0x6649) mark.inTable = w.getUint32(o + 2, true) > 0 // sprmPItap：表格嵌套深度
        if (sprm === 0x460b) mark.ilfo = w.getUint16(o + 2, true) // sprmPIlfo
        if (sprm === 0x260a) mark.ilvl = Math.min(8, operand) // sprmPIlvl
        o += 2 + size
      }
    }
    const entry = { fcs, marks }
    cache.set(pn, entry)
    return entry
  }
  return (fc) => {
    const none = { inTable: false, rowEnd: false, ilfo: 0, ilvl: 0 }
    // 二分找覆盖 fc 的格式页。
    let lo = 0
    let hi = n - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if (t.getUint32(fcBte + 4 * mid, true) <= fc) lo = mid
      else hi = mid - 1
    }
    const pn = t.getUint32(fcBte + 4 * (n + 1) + 4 * lo, true) & 0x3fffff
    const p = page(pn)
    if (!p) return none
    for (let i = 0; i < p.marks.length; i++) if (fc >= p.fcs[i]! && fc < p.fcs[i + 1]!) return p.marks[i]!
    return none
  }
}

/** 域（\x13 代码 \x14 结果 \x15）只留结果；图片、脚注引用等占位符去掉；软回车、分页符当作段落边界。 */
function visibleChars(text: string): { chars: string; cps: number[] } {
  let chars = ''
  const cps: number[] = []
  // 每层域：是否已过分隔符（过了才显示）。
  const fields: boolean[] = []
  for (let cp = 0; cp < text.length; cp++) {
    const c = text[cp]!
    if (c === '\x13') {
      fields.push(false)
      continue
    }
    if (c === '\x14') {
      if (fields.length) fields[fields.length - 1] = true
      continue
    }
    if (c === '\x15') {
      fields.pop()
      continue
    }
    if (fields.some((shown) => !shown)) continue
    let out: string
    if (c === '\r' || c === '\x07') out = c
    else if (c === '\x0b' || c === '\x0c' || c === '\x0e') out = '\r'
    else if (c === '\t') out = '\t'
    else if (c === '\x1e') out = '-'
    else if (c < ' ' || c === '\x7f') continue
    else out = c
    chars += out
    cps.push(cp)
  }
  return { chars, cps }
}

export interface WordFile {
  paragraphs: string[]
}

/** WordDocument 流 + 表流 → 段落（表格按问题清单的读法展开）。 */
export function readWordDocument(file: CompoundFile): WordFile {
  const word = file.stream('WordDocument')
  if (!word) throw new DocFormatError('no-word-stream', `no WordDocument stream (${file.names.join(', ')})`)
  check(word.length >= 0x1aa, 'FIB truncated')
  const w = view(word)
  const ident = w.getUint16(0, true)
  if (ident !== WORD97_IDENT) throw new DocFormatError('old-word', `FIB ident 0x${ident.toString(16)}`)
  const flags = w.getUint16(0x0a, true)
  if (flags & 0x0100) throw new DocFormatError('encrypted', 'fEncrypted')
  const table = file.stream(flags & 0x0200 ? '1Table' : '0Table')
  check(table !== null, 'table stream missing')
  // FibRgW97、FibRgLw97 的长度写在 FIB 里（csw、cslw），按它们定位，不写死偏移。
  const csw = w.getUint16(0x20, true)
  const rgLw = 0x22 + 2 * csw + 2
  const cslw = w.getUint16(rgLw - 2, true)
  const rgFcLcb = rgLw + 4 * cslw + 2
  check(rgFcLcb + 8 * 75 <= word.length, 'FIB truncated')
  const ccpText = w.getUint32(rgLw + 12, true)
  const fcLcb = (i: number) => [w.getUint32(rgFcLcb + 8 * i, true), w.getUint32(rgFcLcb + 8 * i + 4, true)] as const
  const [fcClx, lcbClx] = fcLcb(33)
  const [fcBte, lcbBte] = fcLcb(13)
  const [fcLst, lcbLst] = fcLcb(73)
  const [fcLfo, lcbLfo] = fcLcb(74)
  const pieces = readPieces(table!, fcClx, lcbClx)
  check(ccpText <= (pieces[pieces.length - 1]?.cpEnd ?? 0), 'ccpText beyond the piece table')
  const { text, fcOf } = mainText(word, pieces, ccpText)
  const marksAt = tableMarksReader(word, table!, fcBte, lcbBte)
  const lists = readWordLists(table!, fcLst, lcbLst, fcLfo, lcbLfo)
  return { paragraphs: toParagraphs(text, fcOf, marksAt, lists) }
}

function toParagraphs(
  text: string,
  fcOf: (cp: number) => number,
  marksAt: ((fc: number) => TableMarks) | null,
  lists: WordLists | null,
): string[] {
  const { chars, cps } = visibleChars(text)
  const out: string[] = []
  let rows: SourceCell[][] = []
  let row: SourceCell[] = []
  let cell: string[] = []
  let line = ''
  const flushTable = () => {
    if (cell.length) row.push({ paragraphs: cell, colspan: 1, rowspan: 1 })
    if (row.length) rows.push(row)
    if (rows.length) out.push(...tableToParagraphs(rows))
    rows = []
    row = []
    cell = []
  }
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]!
    if (c !== '\r' && c !== '\x07') {
      line += c
      continue
    }
    // 读不到段落属性时不认表格：单元格各自成段，文字不丢。
    const marks = marksAt ? marksAt(fcOf(cps[i]!)) : null
    const trimmed = line.replace(/^[\s\u3000]+|[\s\u3000]+$/g, '')
    // 自动编号加回段首（空段不编号，与 Word 一致）；按文档顺序调用，计数与 Word 相同。
    const clean = trimmed && marks && marks.ilfo > 0 && lists ? lists.label(marks.ilfo, marks.ilvl) + trimmed : trimmed
    line = ''
    if (!marks || (!marks.inTable && c !== '\x07')) {
      flushTable()
      if (clean) out.push(clean)
      continue
    }
    if (marks.rowEnd) {
      // 行尾标记本身不是单元格。
      if (cell.length) row.push({ paragraphs: cell, colspan: 1, rowspan: 1 })
      rows.push(row)
      row = []
      cell = []
    } else {
      if (clean) cell.push(clean)
      if (c === '\x07') {
        row.push({ paragraphs: cell, colspan: 1, rowspan: 1 })
        cell = []
      }
    }
  }
  if (line.trim()) out.push(line.trim())
  flushTable()
  return out
}
