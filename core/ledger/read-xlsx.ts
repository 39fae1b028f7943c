/**
 * .xlsx（SpreadsheetML）→ LedgerWorkbook。只读台账用得到的部分：工作表名与隐藏状态、共享字符串、
 * 单元格的值（公式只取 Excel 存下的计算结果）、合并区域、数字格式（认出日期）。
 * 边解压边解析，行数超限即停；不计算公式，不读图片和批注。
 */
import { Parser } from 'htmlparser2'
import { LedgerError } from './ledger-error'
import { LEDGER_LIMITS } from './limits'
import { type CellRange, type LedgerCell, type LedgerSheet, type LedgerWorkbook, serialToIso } from './sheet'
import { ZipReader } from './zip-reader'

/** 去掉命名空间前缀：有的程序写 <x:row>，有的写 <row>。 */
const local = (name: string) => name.slice(name.indexOf(':') + 1)

function parseXml(
  zip: ZipReader,
  part: string,
  handlers: {
    open?: (name: string, attrs: Record<string, string>) => void
    close?: (name: string) => void
    text?: (text: string) => void
  },
): boolean {
  const parser = new Parser(
    {
      onopentag: handlers.open && ((name, attrs) => handlers.open!(local(name), attrs)),
      onclosetag: handlers.close && ((name) => handlers.close!(local(name))),
      ontext: handlers.text,
    },
    { xmlMode: true, decodeEntities: true },
  )
  const found = zip.streamText(part, (t) => parser.write(t))
  if (found) parser.end()
  return found
}

const attr = (attrs: Record<string, string>, name: string) => {
  if (attrs[name] !== undefined) return attrs[name]
  for (const key of Object.keys(attrs)) if (local(key) === name) return attrs[key]
  return undefined
}

/** 列字母 → 从 0 起的列号（“AB”→27）；不是单元格引用时为 -1。 */
function columnIndex(ref: string): number {
  let n = 0
  let i = 0
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i)
    if (c < 65 || c > 90) break
    n = n * 26 + (c - 64)
    if (n > 20_000) return -1
  }
  return i === 0 ? -1 : n - 1
}

function parseRef(ref: string): { row: number; col: number } | null {
  const m = /^\$?([A-Z]{1,3})\$?(\d{1,7})$/.exec(ref.toUpperCase())
  if (!m) return null
  return { col: columnIndex(m[1]!), row: Number(m[2]) - 1 }
}

function parseRange(ref: string): CellRange | null {
  const [a, b] = ref.split(':')
  const from = a ? parseRef(a) : null
  const to = b ? parseRef(b) : from
  if (!from || !to) return null
  return {
    top: Math.min(from.row, to.row),
    left: Math.min(from.col, to.col),
    bottom: Math.max(from.row, to.row),
    right: Math.max(from.col, to.col),
  }
}

/** 内置的日期数字格式（ECMA-376 18.8.30，及中文版 Excel 的 27–36、50–58）。 */
const BUILTIN_DATE_FORMATS = new Set([14, 15, 16, 17, 22, 27, 28, 29, 30, 31, 34, 35, 36, 50, 51, 52, 53, 54, 57, 58])

/** 自定义格式是否是日期：去掉引号里的字面文字、方括号里的颜色与条件后，含年、月、日的占位符。 */
export function isDateFormat(code: string): boolean {
  const s = code
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[[^\]]*\]/g, '')
  return /[yd]/i.test(s) || (/m/i.test(s) && !/[hs]/i.test(s) && !/^[#0.,%\s]*$/.test(s))
}

function formatNumber(v: string): string {
  const n = Number(v)
  if (!Number.isFinite(n)) return v
  return Number.isInteger(n) ? String(n) : String(Number(n.toPrecision(12)))
}

function readSharedStrings(zip: ZipReader, part: string): string[] {
  const out: string[] = []
  let current: string | null = null
  let inText = false
  let phonetic = 0
  parseXml(zip, part, {
    open(name) {
      if (name === 'si') current = ''
      else if (name === 'rPh') phonetic++
      else if (name === 't' && phonetic === 0) inText = true
    },
    close(name) {
      if (name === 'si') {
        out.push(current ?? '')
        current = null
      } else if (name === 'rPh') phonetic--
      else if (name === 't') inText = false
    },
    text(t) {
      if (inText && current !== null) current += t
    },
  })
  return out
}

/** 各单元格样式（cellXfs 的序号）是否为日期格式。 */
function readDateStyles(zip: ZipReader, part: string): boolean[] {
  const custom = new Map<number, boolean>()
  const styles: boolean[] = []
  let inCellXfs = false
  parseXml(zip, part, {
    open(name, attrs) {
      if (name === 'numFmt') custom.set(Number(attr(attrs, 'numFmtId')), isDateFormat(attr(attrs, 'formatCode') ?? ''))
      else if (name === 'cellXfs') inCellXfs = true
      else if (name === 'xf' && inCellXfs) {
        const id = Number(attr(attrs, 'numFmtId') ?? 0)
        styles.push(custom.get(id) ?? BUILTIN_DATE_FORMATS.has(id))
      }
    },
    close(name) {
      if (name === 'cellXfs') inCellXfs = false
    },
  })
  return styles
}

interface SheetRef {
  name: string
  hidden: boolean
  part: string
}

function resolveTarget(target: string): string {
  if (target.startsWith('/')) return target.slice(1)
  const parts = ['xl']
  for (const seg of target.split('/')) {
    if (seg === '..') parts.pop()
    else if (seg !== '.' && seg !== '') parts.push(seg)
  }
  return parts.join('/')
}

function readSheetRefs(zip: ZipReader): SheetRef[] {
  const targets = new Map<string, string>()
  parseXml(zip, 'xl/_rels/workbook.xml.rels', {
    open(name, attrs) {
      if (name === 'Relationship') targets.set(attr(attrs, 'Id') ?? '', resolveTarget(attr(attrs, 'Target') ?? ''))
    },
  })
  const out: SheetRef[] = []
  const found = parseXml(zip, 'xl/workbook.xml', {
    open(name, attrs) {
      if (name !== 'sheet' || out.length >= LEDGER_LIMITS.sheets) return
      const part = targets.get(attr(attrs, 'id') ?? '')
      if (part && zip.has(part))
        out.push({
          name: attr(attrs, 'name') ?? `工作表${out.length + 1}`,
          hidden: (attr(attrs, 'state') ?? 'visible') !== 'visible',
          part,
        })
    },
  })
  if (!found) throw new LedgerError('not-xlsx')
  return out
}

interface Counters {
  formulaOnly: number
  beyondColumns: number
}

function readSheet(zip: ZipReader, ref: SheetRef, strings: string[], dateStyles: boolean[], counters: Counters): LedgerSheet {
  const rows: (LedgerCell | null)[][] = []
  const merges: CellRange[] = []
  let rowIndex = -1
  let col = -1
  let cell: { type: string; style: number; value: string; inline: string; formula: boolean } | null = null
  let textTarget: 'value' | 'inline' | null = null
  const finishCell = () => {
    const c = cell!
    cell = null
    if (col < 0) return
    let out: LedgerCell | null = null
    if (c.type === 's') out = { text: strings[Number(c.value)] ?? '' }
    else if (c.type === 'inlineStr') out = { text: c.inline }
    else if (c.type === 'str' || c.type === 'e') out = { text: c.value }
    else if (c.type === 'b') out = { text: c.value === '1' ? 'TRUE' : 'FALSE' }
    else if (c.value.trim() !== '') {
      const date = dateStyles[c.style] ? serialToIso(Number(c.value)) : null
      out = date ? { text: c.value, date } : { text: formatNumber(c.value) }
    }
    if (c.formula && c.value === '' && c.inline === '') counters.formulaOnly++
    if (!out || out.text === '') return
    if (col >= LEDGER_LIMITS.columns) {
      counters.beyondColumns++
      return
    }
    // 有内容的行超过上限才算超限：只有格式、没有内容的空行（Excel 常把格式刷到第 1048576 行）不算。
    if (rowIndex >= LEDGER_LIMITS.rows) throw new LedgerError('too-many-rows')
    const row = (rows[rowIndex] ??= [])
    row[col] = { ...out, text: out.text.replace(/\r\n?/g, '\n') }
  }
  parseXml(zip, ref.part, {
    open(name, attrs) {
      switch (name) {
        case 'row': {
          const r = Number(attr(attrs, 'r'))
          rowIndex = Number.isInteger(r) && r > 0 ? r - 1 : rowIndex + 1
          col = -1
          return
        }
        case 'c': {
          const r = attr(attrs, 'r')
          const pos = r ? parseRef(r) : null
          col = pos ? pos.col : col + 1
          if (pos && pos.row !== rowIndex) rowIndex = pos.row
          cell = { type: attr(attrs, 't') ?? 'n', style: Number(attr(attrs, 's') ?? 0), value: '', inline: '', formula: false }
          return
        }
        case 'v':
          textTarget = 'value'
          return
        case 't':
          if (cell) textTarget = 'inline'
          return
        case 'f':
          if (cell) cell.formula = true
          return
        case 'mergeCell': {
          if (merges.length >= LEDGER_LIMITS.merges) return
          const range = parseRange(attr(attrs, 'ref') ?? '')
          if (range) merges.push(range)
          return
        }
      }
    },
    close(name) {
      if (name === 'c' && cell) finishCell()
      else if (name === 'v' || name === 't') textTarget = null
    },
    text(t) {
      if (!cell || !textTarget) return
      if (textTarget === 'value') cell.value += t
      else cell.inline += t
    },
  })
  // 稀疏的行补成数组（中间的空行为 []），去掉末尾的空行
  const dense: (LedgerCell | null)[][] = []
  for (let i = 0; i < rows.length; i++) dense.push(Array.from(rows[i] ?? [], (c) => c ?? null))
  return { name: ref.name, hidden: ref.hidden, rows: dense, merges }
}

/** 读 .xlsx 字节。读不了时抛出 LedgerError（中文说明），不抛其他异常。 */
export function readXlsx(bytes: Uint8Array): LedgerWorkbook {
  if (bytes.length > LEDGER_LIMITS.fileBytes) throw new LedgerError('too-large')
  try {
    const zip = new ZipReader(bytes)
    const refs = readSheetRefs(zip)
    if (refs.length === 0) throw new LedgerError('no-sheet')
    const strings = zip.has('xl/sharedStrings.xml') ? readSharedStrings(zip, 'xl/sharedStrings.xml') : []
    const dateStyles = zip.has('xl/styles.xml') ? readDateStyles(zip, 'xl/styles.xml') : []
    const counters: Counters = { formulaOnly: 0, beyondColumns: 0 }
    const sheets = refs.map((ref) => readSheet(zip, ref, strings, dateStyles, counters))
    const notes: string[] = []
    if (counters.formulaOnly)
      notes.push(`有 ${counters.formulaOnly} 个单元格只有公式、没有保存计算结果，按空白读取。如需这些值，请在 Excel 中打开、保存后再导入。`)
    if (counters.beyondColumns) notes.push(`第 ${LEDGER_LIMITS.columns} 列以右的 ${counters.beyondColumns} 个单元格未读取。`)
    return { sheets, notes }
  } catch (e) {
    if (e instanceof LedgerError) throw e
    const err = new LedgerError('not-xlsx')
    ;(err as { cause?: unknown }).cause = e
    throw err
  }
}
