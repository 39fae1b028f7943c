/**
 * 列对应：台账的哪一列是问题、措施、责任领导……。自动认表头（常见的中文列名、表头不在第一行、两行表头），
 * 用户在导入前确认或改动；同一种表头（同样的列名）的对应由宿主按 layoutKey 记住，下次直接套用。
 */
import { columnKind } from '../import/problem-table'
import { fillMerges, type FilledSheet, type LedgerSheet } from './sheet'

export const LEDGER_FIELDS = [
  'number',
  'category',
  'problem',
  'measure',
  'leader',
  'responsible',
  'deadline',
  'progress',
  'closed',
  'other',
  'ignore',
] as const
export type LedgerField = (typeof LEDGER_FIELDS)[number]

/** 列对应对话框和导出的表头用的名称。 */
export const FIELD_LABELS: Record<LedgerField, string> = {
  number: '序号',
  category: '方面/问题类别',
  problem: '问题（具体表现）',
  measure: '整改措施',
  leader: '责任领导',
  responsible: '责任单位/责任人',
  deadline: '整改时限',
  progress: '整改进展/完成情况',
  closed: '是否销号',
  other: '其他（带列名写入正文）',
  ignore: '不导入',
}

export interface LedgerMapping {
  /** 工作表序号（从 0 起）。 */
  sheet: number
  /** 表头所在的行（从 0 起，首尾都含）；两行表头时差一。 */
  headerTop: number
  headerBottom: number
  /** 各列表头原文（多行表头以“ / ”连接）。 */
  labels: string[]
  /** 各列的对应。 */
  fields: LedgerField[]
}

/** 表头文字 → 字段。台账特有的两列先认（“责任领导”不是责任单位，“是否销号”不是进展），其余与问题清单同一认法。 */
export function fieldOfLabel(label: string): LedgerField {
  const s = label.replace(/\s/g, '')
  if (s === '') return 'other'
  if (/领导/.test(s)) return 'leader'
  if (/销号|是否完成/.test(s)) return 'closed'
  const kind = columnKind(s)
  return kind === 'status' ? 'progress' : kind
}

const cellText = (f: FilledSheet, r: number, c: number) => (f.rows[r]?.[c]?.text ?? '').trim()

/** 像表头的一行：至少两个不同的短标签，没有纯数字（数据行的序号）和句子，并且认得其中一个。 */
function headerLike(f: FilledSheet, r: number): boolean {
  const texts = [...new Set(f.rows[r]?.map((c) => c?.text.trim() ?? '').filter((t) => t !== '') ?? [])]
  if (texts.length < 2) return false
  if (texts.some((t) => t.length > 16 || /^\d+(\.\d+)?$/.test(t) || /[。；;]/.test(t))) return false
  return texts.some((t) => fieldOfLabel(t) !== 'other')
}

function score(f: FilledSheet, r: number): number {
  if (!headerLike(f, r)) return 0
  const fields = new Set(f.rows[r]!.map((c) => fieldOfLabel(c?.text ?? '')).filter((k) => k !== 'other'))
  return fields.has('problem') || fields.has('measure') ? fields.size : 0
}

/** 这一行是否被上一行的纵向合并格盖着（两行表头的典型写法：序号、问题各跨两行）。 */
function continuesAbove(f: FilledSheet, r: number): boolean {
  return f.rows[r]!.some((_, c) => f.covered[r]![c] && cellText(f, r, c) !== '' && cellText(f, r, c) === cellText(f, r - 1, c))
}

/** 认表头：前 30 行里认得的列最多的一行，再向上、向下并入同属表头的行。认不出时返回 null。 */
export function detectMapping(sheet: LedgerSheet, sheetIndex: number): LedgerMapping | null {
  const f = fillMerges(sheet)
  let best = -1
  let bestScore = 1
  for (let r = 0; r < Math.min(30, f.rows.length); r++) {
    const s = score(f, r)
    if (s > bestScore) [best, bestScore] = [r, s]
  }
  if (best < 0) return null
  let top = best
  let bottom = best
  while (top > 0 && best - top < 2 && headerLike(f, top - 1) && continuesAbove(f, top)) top--
  const problemCol = f.rows[best]!.findIndex((c) => fieldOfLabel(c?.text ?? '') === 'problem')
  while (
    bottom + 1 < f.rows.length &&
    bottom - top < 2 &&
    headerLike(f, bottom + 1) &&
    (continuesAbove(f, bottom + 1) || problemCol < 0 || cellText(f, bottom + 1, problemCol) === '')
  )
    bottom++
  return mappingFor(sheet, sheetIndex, top, bottom)
}

/** 给定表头行的列对应（用户改了表头行时重算）。 */
export function mappingFor(sheet: LedgerSheet, sheetIndex: number, headerTop: number, headerBottom: number): LedgerMapping {
  const f = fillMerges(sheet)
  const labels: string[] = []
  const fields: LedgerField[] = []
  for (let c = 0; c < f.width; c++) {
    const texts: string[] = []
    for (let r = headerTop; r <= headerBottom; r++) {
      const t = cellText(f, r, c)
      if (t !== '' && !texts.includes(t)) texts.push(t)
    }
    labels.push(texts.join(' / '))
    // 下面一行的列名更具体（“责任”下分“责任领导”“责任单位”），先认它
    const field =
      texts
        .map(fieldOfLabel)
        .reverse()
        .find((k) => k !== 'other') ?? (texts.length ? 'other' : 'ignore')
    fields.push(field)
  }
  return { sheet: sheetIndex, headerTop, headerBottom, labels, fields }
}

/** 列对应能否用来导入：要有问题列。不能时返回中文说明。 */
export function mappingProblem(m: LedgerMapping): string | null {
  return m.fields.includes('problem') ? null : '请指定哪一列是“问题（具体表现）”。'
}

/**
 * 表头式样的键：各列表头原文，连同表头行的位置。宿主以它为键记住用户确认过的列对应，
 * 同一份台账下个月再导入时不必再对一遍。FNV-1a，只作键用。
 */
export function layoutKey(m: Pick<LedgerMapping, 'labels' | 'headerTop' | 'headerBottom'>): string {
  const s = `${m.headerTop}:${m.headerBottom}:${m.labels.join('\u0001')}`
  let h = 0x811c9dc5
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i)
    h = Math.imul(h, 0x01000193) >>> 0
  }
  return `ledger-layout-${h.toString(16).padStart(8, '0')}`
}
