/**
 * 问题清单（表格）：“序号 | 反馈问题 | 整改措施 | 整改时限 | 责任单位 | 整改进展”。
 * 三种输入都把表格的一行变成一个段落，单元格以制表符分隔、单元格内的分段以换行分隔
 * （网页和 Word 由 htmlParagraphs 生成，从网页复制的纯文本本来就是这样）。
 * 这里认表头、把一行读成一个问题条目的各部分；导入器和保真度量法共用同一种读法。
 */
import { daysInMonth, IsoDate } from '../model/dates'
import type { ItemStatus } from '../model/notice'
import { STATUS_WORDS } from './status-label'

export type ColumnKind = 'number' | 'category' | 'problem' | 'measure' | 'deadline' | 'responsible' | 'progress' | 'status' | 'other'

export interface Column {
  kind: ColumnKind
  /** 表头原文（未知列以它作为正文中的标签）。 */
  label: string
}

/** 一行读出的问题条目。 */
export interface ProblemRow {
  /** “问题类别”列（方面）：不空时，这一行和其后类别格空着的行归入以它为标题的方面。 */
  category: string | null
  title: string
  /** 正文各段：措施、进展，未知列与读不出日期的时限带表头标签，按列的先后。 */
  body: string[]
  deadline: string | null
  responsible: string | null
  status: ItemStatus | null
}

export const CELL_SEPARATOR = '\t'
export const CELL_PARAGRAPH_SEPARATOR = '\n'

// 先认更具体的列：“问题整改措施”是措施列，“问题整改进展”是进展列，只有剩下带“问题”的才是问题列。
const KINDS: [ColumnKind, RegExp][] = [
  ['number', /^(序号|编号|序)$/],
  // “问题类别”“问题类型”“所属方面”是分组，不是问题本身。
  ['category', /类别|类型|方面|领域|板块/],
  ['deadline', /时限|期限|完成时间|整改时间/],
  ['responsible', /责任|牵头|负责/],
  ['status', /状态/],
  ['progress', /进展|完成情况|整改情况|落实情况|成效/],
  ['measure', /措施|举措|整改任务|整改目标/],
  ['problem', /问题/],
]

/** 表头文字 → 列的种类（问题清单与整改台账共用同一种认法）。 */
export function columnKind(label: string): ColumnKind {
  const s = label.replace(/\s/g, '')
  for (const [kind, re] of KINDS) if (re.test(s)) return kind
  return 'other'
}

/** 段落是不是表格的一行（至少两个单元格）。 */
export function isTableRow(p: string): boolean {
  return p.includes(CELL_SEPARATOR) && cells(p).length >= 2
}

export function cells(p: string): string[] {
  return p.split(CELL_SEPARATOR).map((c) => c.trim())
}

/**
 * 问题清单的表头：恰有一列是问题，且至少还认得一列（措施、时限、责任、进展……）。
 * 不是表头时返回 null——排版用的表格、统计表都不当作问题清单。
 */
export function tableHeader(p: string): Column[] | null {
  if (!isTableRow(p)) return null
  const columns = cells(p).map((label) => ({ kind: columnKind(label), label }))
  // 表头是短标签：没有数字、句读和分段。数据行里“问题……”“整改措施第1项。”这样的格子不能把它当成表头。
  if (columns.some((c) => c.label.length > 12 || /[\d。，,；;：:、\n]/.test(c.label))) return null
  const named = columns.filter((c) => c.label !== '')
  const problems = columns.filter((c) => c.kind === 'problem').length
  const known = columns.filter((c) => c.kind !== 'other' && c.kind !== 'problem' && c.kind !== 'number' && c.kind !== 'category').length
  const recognised = named.filter((c) => c.kind !== 'other').length
  return problems === 1 && known >= 1 && recognised * 2 >= named.length ? columns : null
}

/** 整改时限单元格的日期：“2024年6月30日（前）”“2024年6月底（前）”“2024.6.30”“2024-06-30”；读不出返回 null。 */
export function parseDeadline(cell: string): string | null {
  const s = cell.replace(/\s/g, '').replace(/[。.]$/, '')
  let m = /^(\d{4})(?:年|[.\-/])(\d{1,2})(?:月|[.\-/])(\d{1,2})日?(?:前|之前)?$/.exec(s)
  if (m) {
    const d = IsoDate.of(Number(m[1]), Number(m[2]), Number(m[3]))
    return IsoDate.isValid(d) ? d : null
  }
  m = /^(\d{4})年(\d{1,2})月(?:底|末)?(?:前|之前)?$/.exec(s)
  if (m) {
    const y = Number(m[1])
    const mo = Number(m[2])
    return mo >= 1 && mo <= 12 ? IsoDate.of(y, mo, daysInMonth(y, mo)) : null
  }
  return null
}

/** 状态格：明写的状态词；整格只写“完成”也算（叙述里的“完成”不算，见 status-label.ts）。 */
const STATUS_CELL: Readonly<Record<string, ItemStatus>> = { ...STATUS_WORDS, 完成: '已完成' }

/** 只写着一个状态的单元格（“已完成”“持续推进。”）。 */
export function statusCell(cell: string): ItemStatus | null {
  return STATUS_CELL[cell.replace(/\s/g, '').replace(/[。.]$/, '')] ?? null
}

const paragraphsOf = (cell: string) =>
  cell
    .split(CELL_PARAGRAPH_SEPARATOR)
    .map((s) => s.trim())
    .filter((s) => s !== '')
const labelled = (label: string, text: string) => `${label.replace(/[:：]$/, '')}：${text}`

/**
 * 一行 → 问题条目。序号列不要（序号由位置推导）；问题列是标题（单元格分了段时，后几段归入正文）；
 * 措施、进展列原文进正文；时限读得出日期、责任单位、只写状态的进展/状态列进字段；
 * 其余列（含读不出日期的时限）带上表头进正文，一字不丢。行比表头多出的单元格同样带“（第N列）”进正文。
 */
export function readRow(p: string, columns: Column[]): ProblemRow {
  const row: ProblemRow = { category: null, title: '', body: [], deadline: null, responsible: null, status: null }
  const values = cells(p)
  values.forEach((value, i) => {
    if (value === '') return
    const column = columns[i] ?? { kind: 'other' as const, label: `（第${i + 1}列）` }
    const paras = paragraphsOf(value)
    // 不进字段的单元格：原文带上表头进正文
    const keepLabelled = () => row.body.push(...paras.map((t, k) => (k === 0 ? labelled(column.label, t) : t)))
    /** 字段只填一次：读得出值且字段还空着时填入并返回 true。 */
    const fill = <K extends 'category' | 'deadline' | 'responsible' | 'status'>(key: K, v: ProblemRow[K]): boolean => {
      if (row[key] !== null || v === null) return false
      row[key] = v
      return true
    }
    switch (column.kind) {
      case 'number':
        // 序号列里若不是序号（合并单元格后错了位），按未知列保留。
        if (!/^[\d一二三四五六七八九十]+[.、．]?$/.test(value)) keepLabelled()
        return
      case 'category':
        if (!fill('category', paras.join(''))) keepLabelled()
        return
      case 'problem':
        if (row.title === '') {
          row.title = paras[0] ?? ''
          row.body.unshift(...paras.slice(1))
        } else row.body.push(...paras)
        return
      case 'deadline':
        if (!fill('deadline', parseDeadline(value))) keepLabelled()
        return
      case 'responsible':
        if (!fill('responsible', paras.join('，'))) keepLabelled()
        return
      case 'status':
      case 'progress':
        if (fill('status', statusCell(value))) return
        if (column.kind === 'status') keepLabelled()
        else row.body.push(...paras)
        return
      case 'measure':
        row.body.push(...paras)
        return
      default:
        keepLabelled()
    }
  })
  return row
}

/**
 * 接续行：问题格和序号格都空着（合并单元格，一个问题分几行写措施）。它不是新问题，
 * 而是上一个问题的续写；各格原文依次进正文（措施、进展照录，其余列带表头标签），字段不再另填。
 * 不是接续行时返回 null。
 */
export function continuationBody(p: string, columns: Column[]): string[] | null {
  const values = cells(p)
  const at = (kind: ColumnKind) => values[columns.findIndex((c) => c.kind === kind)] ?? ''
  if (at('problem') !== '' || at('category') !== '' || (columns.some((c) => c.kind === 'number') && at('number') !== '')) return null
  const out: string[] = []
  values.forEach((value, i) => {
    if (value === '') return
    const column = columns[i] ?? { kind: 'other' as const, label: `（第${i + 1}列）` }
    const paras = paragraphsOf(value)
    const plain = column.kind === 'measure' || column.kind === 'progress'
    out.push(...paras.map((t, k) => (plain || k > 0 ? t : labelled(column.label, t))))
  })
  return out
}

/**
 * 保真度比对时字段的写法：存进字段（而非正文）的时限、责任单位、状态各记一句，
 * 原文一侧与导入结果一侧写法相同，漏存、错存都会扣分。
 */
export function fieldSentences(f: { deadline: string | null; responsible: string | null; status: ItemStatus | null }): string[] {
  const out: string[] = []
  if (f.deadline) out.push(`〔整改时限${f.deadline}〕。`)
  if (f.responsible) out.push(`〔责任单位${f.responsible}〕。`)
  if (f.status) out.push(`〔整改状态${f.status}〕。`)
  return out
}

/** 读到的一个单元格：各段文字，及其跨的列数、行数（合并单元格）。 */
export interface SourceCell {
  paragraphs: string[]
  colspan: number
  rowspan: number
}

/**
 * 一张表格读完后的去向。问题清单（某一行是认得的表头）逐行成一段：单元格以制表符分隔、
 * 格内各段以换行分隔；合并单元格占的位置补空格，列不错位（合并格的文字只记一次，不复制）；
 * 跨整行的单元格（“一、党的建设方面”）照普通段落。
 * 其他表格（老式网站的排版表格、统计表）每个单元格的各段依次成段。
 */
export function tableToParagraphs(rows: SourceCell[][]): string[] {
  const grid: string[][] = []
  const blocked: number[] = [] // 每列还要被上方的合并格占几行
  for (const row of rows) {
    const line: string[] = []
    let col = 0
    const skipBlocked = () => {
      while ((blocked[col] ?? 0) > 0) {
        blocked[col]!--
        line.push('')
        col++
      }
    }
    for (const cell of row) {
      skipBlocked()
      line.push(cell.paragraphs.join(CELL_PARAGRAPH_SEPARATOR))
      for (let k = 0; k < cell.colspan; k++) {
        if (k > 0) line.push('')
        if (cell.rowspan > 1) blocked[col + k] = cell.rowspan - 1
      }
      col += cell.colspan
    }
    skipBlocked()
    grid.push(line)
  }
  const lines = grid.map((cells) => cells.join(CELL_SEPARATOR))
  if (!lines.some((l) => tableHeader(l) !== null)) return rows.flatMap((r) => r.flatMap((c) => c.paragraphs))
  return rows.flatMap((r, i) => {
    const filled = r.filter((c) => c.paragraphs.length > 0)
    if (filled.length <= 1 && grid[i]!.filter((c) => c !== '').length <= 1) return filled.flatMap((c) => c.paragraphs)
    return [lines[i]!.replace(/\t+$/, '')]
  })
}

/** 单元格属性里的跨列、跨行数（缺省或写错时为 1，上限防止恶意的大数）。 */
export function span(value: string | undefined): number {
  const n = Number(value ?? 1)
  return Number.isInteger(n) && n >= 1 ? Math.min(n, 100) : 1
}
