/**
 * 用了 Word 自动编号的 .docx：编号不在文字里，而在 numbering.xml 中（“%1、”“（%1）”加上
 * chineseCounting、decimal 等格式）。mammoth 转换时会丢掉编号，层级也就丢了；这里自己读出
 * 每段的编号文字，加回段首，再交给同一个文体解析器。没有用自动编号的文件返回 null，仍走 mammoth。
 * 只看段落上直接给出的编号（w:numPr），样式里继承的编号不在此列。
 */
import { strFromU8 } from 'fflate'
import { Parser } from 'htmlparser2'
import { toHanNumber } from '../model/numbering'
import { cleanLine } from './paragraphs'
import { type SourceCell, span, tableToParagraphs } from './problem-table'

/** 读编号要用的两个部件。 */
export const DOCUMENT_PART = 'word/document.xml'
export const NUMBERING_PART = 'word/numbering.xml'

interface Level {
  start: number
  format: string
  text: string
}

export type Attrs = Record<string, string>

export function parseXml(
  xml: string,
  handlers: { open?(name: string, attrs: Attrs): void; text?(t: string): void; close?(name: string): void },
): void {
  const p = new Parser(
    { onopentag: (n, a) => handlers.open?.(n, a), ontext: (t) => handlers.text?.(t), onclosetag: (n) => handlers.close?.(n) },
    { xmlMode: true, decodeEntities: true },
  )
  p.write(xml)
  p.end()
}

/** numId → 各级（0–8）的起始值、格式与编号文字模板。 */
function readNumbering(xml: string): Map<string, Map<number, Level>> {
  const abstracts = new Map<string, Map<number, Level>>()
  const nums = new Map<string, string>()
  let abstractId: string | null = null
  let level: { ilvl: number; lvl: Level } | null = null
  let numId: string | null = null
  parseXml(xml, {
    open(name, a) {
      if (name === 'w:abstractNum') {
        abstractId = a['w:abstractNumId'] ?? null
        if (abstractId !== null) abstracts.set(abstractId, new Map())
      } else if (name === 'w:lvl' && abstractId !== null)
        level = { ilvl: Number(a['w:ilvl'] ?? 0), lvl: { start: 1, format: 'decimal', text: '' } }
      else if (level && name === 'w:start') level.lvl.start = Number(a['w:val'] ?? 1)
      else if (level && name === 'w:numFmt') level.lvl.format = a['w:val'] ?? 'decimal'
      else if (level && name === 'w:lvlText') level.lvl.text = a['w:val'] ?? ''
      else if (name === 'w:num') numId = a['w:numId'] ?? null
      else if (name === 'w:abstractNumId' && numId !== null) nums.set(numId, a['w:val'] ?? '')
    },
    close(name) {
      if (name === 'w:lvl' && level && abstractId !== null) {
        abstracts.get(abstractId)!.set(level.ilvl, level.lvl)
        level = null
      } else if (name === 'w:abstractNum') abstractId = null
      else if (name === 'w:num') numId = null
    },
  })
  const out = new Map<string, Map<number, Level>>()
  for (const [num, abs] of nums) {
    const levels = abstracts.get(abs)
    if (levels) out.set(num, levels)
  }
  return out
}

/** 编号值按 Word 的编号格式写出；项目符号、无编号为 null。.doc 的列表（doc/word-lists.ts）也用它。 */
export function formatNumber(n: number, format: string): string | null {
  switch (format) {
    case 'bullet':
    case 'none':
      return null
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'ideographTraditional':
    case 'taiwaneseCounting':
    case 'taiwaneseCountingThousand':
    case 'japaneseCounting':
      return toHanNumber(n)
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return String(n).replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)))
    case 'lowerLetter':
      return String.fromCharCode(96 + (((n - 1) % 26) + 1))
    case 'upperLetter':
      return String.fromCharCode(64 + (((n - 1) % 26) + 1))
    default:
      return String(n)
  }
}

interface RawParagraph {
  text: string
  numId: string | null
  ilvl: number
  /** 问题清单的一行（tableToParagraphs 已排好，不再拆分、不去首尾的制表符） */
  row?: true
}

interface Table {
  rows: SourceCell[][]
  cell: SourceCell | null
}

/** 读出各段；`label` 给每个普通段落加上编号（按文档顺序调用，计数因此与 Word 一致，表格里的段落也在内）。 */
function readParagraphs(xml: string, label: (p: RawParagraph) => string): RawParagraph[] {
  const out: RawParagraph[] = []
  // 文本框里的段落嵌在外层段落之中：各自成段，外层段落的文字不因此中断。
  const open: RawParagraph[] = []
  let inText = false
  let skip = 0
  // 表格：单元格里的段落先记在单元格中，表格读完再按 tableToParagraphs 决定去向。
  const tables: Table[] = []
  const emit = (raw: RawParagraph) => {
    const p = raw.row ? raw : { ...raw, text: label(raw) }
    const cell = tables[tables.length - 1]?.cell
    if (cell && !p.row) {
      for (const line of p.text.split(/\r?\n/).map(cleanLine)) if (line) cell.paragraphs.push(line)
    } else if (cell) cell.paragraphs.push(p.text)
    else out.push(p)
  }
  parseXml(xml, {
    open(name, a) {
      const current = open[open.length - 1]
      const table = tables[tables.length - 1]
      if (name === 'w:tbl') tables.push({ rows: [], cell: null })
      else if (name === 'w:tr' && table) table.rows.push([])
      else if (name === 'w:tc' && table) {
        table.cell = { paragraphs: [], colspan: 1, rowspan: 1 }
        table.rows[table.rows.length - 1]?.push(table.cell)
      } else if (name === 'w:gridSpan' && table?.cell && !current) table.cell.colspan = span(a['w:val'])
      if (name === 'w:p') open.push({ text: '', numId: null, ilvl: 0 })
      else if (!current) return
      else if (name === 'w:numId') current.numId = a['w:val'] ?? null
      else if (name === 'w:ilvl') current.ilvl = Number(a['w:val'] ?? 0)
      else if (name === 'w:t') inText = true
      else if (name === 'w:tab' && !skip) current.text += '\t'
      else if (name === 'w:br' && !skip) current.text += '\n'
      else if (name === 'w:del' || name === 'w:instrText' || name === 'w:delText') skip++
    },
    text(t) {
      const current = open[open.length - 1]
      if (current && inText && !skip) current.text += t
    },
    close(name) {
      if (name === 'w:t') inText = false
      else if (name === 'w:del' || name === 'w:instrText' || name === 'w:delText') skip = Math.max(0, skip - 1)
      else if (name === 'w:p' && open.length) emit(open.pop()!)
      else if (name === 'w:tc' && tables.length) tables[tables.length - 1]!.cell = null
      else if (name === 'w:tbl' && tables.length) {
        const t = tables.pop()!
        for (const text of tableToParagraphs(t.rows)) emit({ text, numId: null, ilvl: 0, row: true })
      }
    },
  })
  return out
}

/** 带自动编号的 .docx → 段落文字（编号加回段首）；没有自动编号时返回 null。`parts` 是已按上限解压的部件（见 bounded-unzip.ts）。 */
export function numberedDocxParagraphs(parts: ReadonlyMap<string, Uint8Array>): string[] | null {
  const numberingXml = parts.get(NUMBERING_PART)
  const documentXml = parts.get(DOCUMENT_PART)
  if (!numberingXml || !documentXml) return null
  const numbering = readNumbering(strFromU8(numberingXml))
  // 计数按 numId 分开；某级加一时，更深的各级从头数起（Word 的默认 lvlRestart）。
  const counters = new Map<string, number[]>()
  let numbered = false
  const label = (p: RawParagraph): string => {
    const levels = p.numId === null ? undefined : numbering.get(p.numId)
    if (levels && p.numId !== '0') numbered = true
    const level = levels?.get(p.ilvl)
    if (!levels || !level || p.text.trim() === '') return p.text
    const counts = counters.get(p.numId!) ?? []
    counters.set(p.numId!, counts)
    counts[p.ilvl] = counts[p.ilvl] === undefined ? level.start : counts[p.ilvl]! + 1
    counts.length = p.ilvl + 1
    let missing = false
    const text = level.text.replace(/%([1-9])/g, (_, d: string) => {
      const k = Number(d) - 1
      const v = formatNumber(counts[k] ?? levels.get(k)?.start ?? 1, levels.get(k)?.format ?? 'decimal')
      if (v === null) missing = true
      return v ?? ''
    })
    return missing || level.format === 'bullet' ? p.text : text + p.text
  }
  const paragraphs = readParagraphs(strFromU8(documentXml), label)
  if (!numbered) return null
  return paragraphs.flatMap((p) => (p.row ? [p.text] : p.text.split(/\r?\n/).map(cleanLine))).filter((l) => l !== '')
}
