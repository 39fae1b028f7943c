/** 按列对应读出台账的数据行：每行的方面、问题、措施与各字段，状态按台账的常见写法认。 */
import { parseDeadline, statusCell } from '../import/problem-table'
import type { ItemStatus } from '../model/notice'
import { STATUS_ALTERNATION } from '../import/status-label'
import type { LedgerField, LedgerMapping } from './mapping'
import { fillMerges, type LedgerCell, type LedgerSheet, serialToIso } from './sheet'

export interface LedgerRow {
  /** 在工作表中的行号（从 1 起，同 Excel 左侧的行号），用于提示。 */
  line: number
  /** 这一行是一个方面的标题行（“一、党的政治建设方面”单独占一行）。 */
  heading: boolean
  /** 方面：空着或被合并盖住时沿用上一行。 */
  category: string | null
  /** 问题的各段；null 表示续行（问题格空着或被合并盖住），属于上一个问题。 */
  problem: string[] | null
  measure: string[]
  leader: string | null
  responsible: string | null
  deadline: string | null
  status: ItemStatus | null
  /** 写入正文的其余内容：不只是状态词的进展、读不出日期的时限、其他列，都带列名。 */
  notes: string[]
}

const CLOSED_YES = /^(是|已销号|销号|√|✓|✔|已完成|完成|y|yes)$/i
const STATUS_PREFIX = new RegExp(`^(${STATUS_ALTERNATION})(?=[。；，,;：:\\s])`)

const paragraphs = (text: string) =>
  text
    .split('\n')
    .map((s) => s.trim())
    .filter((s) => s !== '')
const labelled = (label: string, text: string) =>
  `${label
    .replace(/[:：]$/, '')
    .split(' / ')
    .pop()}：${text}`
const stripMarker = (s: string) => s.replace(/^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+[.、．])\s*/, '')

/** 整改时限格：按日期格式存的数字、不带格式的日期序号（openpyxl 等常这样写）、文字日期。 */
function deadlineOf(cell: LedgerCell): string | null {
  if (cell.date) return cell.date
  const t = cell.text.trim()
  if (/^\d{5}(\.\d+)?$/.test(t)) {
    const n = Number(t)
    if (n >= 20_000 && n <= 80_000) return serialToIso(n)
  }
  return parseDeadline(t)
}

/** 进展格的状态：整格就是状态词，或以状态词加标点开头（“已完成。已建立……”）。 */
export function progressStatus(text: string): ItemStatus | null {
  const t = text.trim()
  const whole = statusCell(t)
  if (whole) return whole
  const m = STATUS_PREFIX.exec(t)
  return m ? statusCell(m[1]!) : null
}

/** 还没有读进任何格子的一行（方面标题行就这样留着）。 */
function blankRow(line: number, heading: boolean, category: string | null): LedgerRow {
  return { line, heading, category, problem: null, measure: [], leader: null, responsible: null, deadline: null, status: null, notes: [] }
}

export function readLedgerRows(sheet: LedgerSheet, mapping: LedgerMapping): LedgerRow[] {
  const f = fillMerges(sheet)
  const out: LedgerRow[] = []
  const columnsOf = (field: LedgerField) => mapping.fields.flatMap((k, c) => (k === field ? [c] : []))
  const problemCols = columnsOf('problem')
  let category: string | null = null
  for (let r = mapping.headerBottom + 1; r < f.rows.length; r++) {
    const cells = f.rows[r]!
    const text = (c: number) => (cells[c]?.text ?? '').trim()
    const filled = cells.map((_, c) => text(c)).filter((t) => t !== '')
    if (filled.length === 0) continue
    const distinct = [...new Set(filled)]
    // 重复的表头（分页打印时每页都有）
    if (mapping.labels.every((l, c) => text(c) === '' || l.split(' / ').includes(text(c)))) continue
    // 单独一行的方面标题：整行只有一段文字，占了几列或写在序号、方面列，或像“一、……”
    if (distinct.length === 1) {
      const at = cells.findIndex((_, c) => text(c) !== '')
      const field = mapping.fields[at]
      const spans = filled.length > 1
      if (spans || field === 'number' || field === 'category' || (field === 'problem' && /^[一二三四五六七八九十]+、/.test(distinct[0]!))) {
        category = stripMarker(distinct[0]!)
        out.push(blankRow(r + 1, true, category))
        continue
      }
    }
    const row = blankRow(r + 1, false, category)
    let progress: ItemStatus | null = null
    let closed = false
    const joined = (field: LedgerField, sep: string) => {
      const values = [
        ...new Set(
          columnsOf(field)
            .map(text)
            .filter((t) => t !== ''),
        ),
      ]
      return values.length ? values.join(sep) : null
    }
    cells.forEach((cell, c) => {
      const value = text(c)
      const field = mapping.fields[c] ?? 'ignore'
      if (!cell || value === '') return
      switch (field) {
        case 'category':
          if (!f.covered[r]![c]) row.category = category = stripMarker(value)
          return
        case 'problem':
          if (!f.covered[r]![c] && c === problemCols[0]) row.problem = paragraphs(value)
          else if (!f.covered[r]![c]) row.notes.push(...paragraphs(value))
          return
        case 'measure':
          row.measure.push(...paragraphs(value))
          return
        case 'deadline': {
          const date = row.deadline === null ? deadlineOf(cell) : null
          if (date) row.deadline = date
          else row.notes.push(labelled(mapping.labels[c]!, value))
          return
        }
        case 'progress': {
          const status = progressStatus(value)
          if (status) progress ??= status
          if (!status || statusCell(value) === null) row.notes.push(labelled(mapping.labels[c]!, value))
          return
        }
        case 'closed':
          if (CLOSED_YES.test(value)) closed = true
          return
        case 'other':
          row.notes.push(labelled(mapping.labels[c]!, value))
          return
        default:
          // 序号由位置推导；责任领导、责任单位在下面一并读；“不导入”的列不要
          return
      }
    })
    row.leader = joined('leader', '、')
    row.responsible = joined('responsible', '，')
    row.status = closed ? '已完成' : progress
    out.push(row)
  }
  return out
}
