/** .csv / .tsv → LedgerWorkbook（一张表）。按 RFC 4180 读引号；编码交给导入通用的 decodeText（UTF-8、GB18030……）。 */
import { decodeText } from '../import/decode-text'
import { LedgerError } from './ledger-error'
import { LEDGER_LIMITS } from './limits'
import type { LedgerCell, LedgerWorkbook } from './sheet'

/** 分隔符：.tsv 用制表符；.csv 一般是逗号，但从表格软件另存的“CSV”有时是制表符或分号——看第一行哪个多。 */
function delimiterOf(text: string, name: string): string {
  if (/\.tsv$/i.test(name)) return '\t'
  const firstLine = text.slice(0, text.search(/\r?\n|$/))
  const count = (d: string) => firstLine.split(d).length - 1
  const best = [',', '\t', ';'].sort((a, b) => count(b) - count(a))[0]!
  return count(best) > 0 ? best : ','
}

export function readDelimited(bytes: Uint8Array, name: string): LedgerWorkbook {
  if (bytes.length > LEDGER_LIMITS.fileBytes) throw new LedgerError('too-large')
  const { text } = decodeText(bytes)
  const d = delimiterOf(text, name)
  const rows: (LedgerCell | null)[][] = []
  let row: (LedgerCell | null)[] = []
  let field = ''
  let quoted = false
  let beyond = 0
  const endField = () => {
    const t = field.replace(/\r\n?/g, '\n')
    if (row.length < LEDGER_LIMITS.columns) row.push(t.trim() === '' ? null : { text: t })
    else if (t.trim() !== '') beyond++
    field = ''
  }
  const endRow = () => {
    endField()
    if (rows.length >= LEDGER_LIMITS.rows) {
      if (row.some((c) => c !== null)) throw new LedgerError('too-many-rows')
    } else rows.push(row)
    row = []
  }
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"'
          i++
        } else quoted = false
      } else field += c
    } else if (c === '"' && field === '') quoted = true
    else if (c === d) endField()
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++
      endRow()
    } else field += c
  }
  if (field !== '' || row.length > 0) endRow()
  while (rows.length && rows[rows.length - 1]!.every((c) => c === null)) rows.pop()
  if (rows.length === 0) throw new LedgerError('empty')
  const sheetName = name.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '') || '台账'
  return {
    sheets: [{ name: sheetName, hidden: false, rows, merges: [] }],
    notes: beyond ? [`第 ${LEDGER_LIMITS.columns} 列以右的 ${beyond} 个单元格未读取。`] : [],
  }
}
