/**
 * 由通报导出整改台账（.xlsx）：一个问题的每条措施一行（没有措施的问题一行），序号与方面照通报上的编号
 * （取自 core/document 推导的序号，不另算），状态写成文字，同一问题的序号、方面、问题格纵向合并。
 * 措施没写的字段，若该问题的措施都没写而问题上写了，就用问题上的（手写的通报常把时限、责任单位写在问题上）。
 * 状态以问题上的为准（它是通报里写的、进度统计数的）：与各措施的状态合成的结果相同时逐条写措施的状态，
 * 不同（用户在通报里改了问题的状态）时该问题的各行都写问题的状态。
 */
import { metaValues } from '../derive/values'
import { noticeBlocks } from '../document/blocks'
import { Item, type Path } from '../model/item'
import type { Notice } from '../model/notice'
import { RichText } from '../model/rich-text'
import { FIELD_LABELS, type LedgerField } from './mapping'
import type { CellRange } from './sheet'
import { combinedStatus } from './ledger-tree'
import { writeXlsx, type XlsxCell, type XlsxSheetSpec } from './write-xlsx'

/** 导出的列及其宽度（字符数）：问题、措施两列宽，其余按内容。 */
export const LEDGER_COLUMNS: { field: LedgerField; width: number }[] = [
  { field: 'number', width: 6 },
  { field: 'category', width: 18 },
  { field: 'problem', width: 40 },
  { field: 'measure', width: 48 },
  { field: 'leader', width: 10 },
  { field: 'responsible', width: 16 },
  { field: 'deadline', width: 14 },
  { field: 'progress', width: 16 },
  { field: 'closed', width: 8 },
]

/** 各条目的序号（按模型路径），取自通报的线性视图。 */
function markers(notice: Notice): Map<string, string> {
  const out = new Map<string, string>()
  for (const b of noticeBlocks(notice)) {
    if (!b.marker) continue
    const p = b.path
    const item = p[p.length - 1] === 'title' ? p.slice(0, -1) : p[p.length - 2] === 'body' ? p.slice(0, -2) : p
    const key = item.join('/')
    if (!out.has(key)) out.set(key, b.marker)
  }
  return out
}

const text = (item: Item) => [item.title, ...RichText.texts(item.body)].filter((t) => t !== '').join('\n')

/** 台账的表格内容（不含标题与表头）；测试和导出共用。 */
export function ledgerTable(notice: Notice): { rows: XlsxCell[][]; merges: CellRange[] } {
  const marks = markers(notice)
  const rows: XlsxCell[][] = []
  const merges: CellRange[] = []
  const mark = (path: Path) => marks.get(path.join('/')) ?? ''
  const problemRows = (problem: Item, path: Path, aspect: string) => {
    const measures = problem.children.filter((c) => c.role === 'measure')
    const fallback = {
      deadline: measures.every((m) => m.deadline === null) ? problem.deadline : null,
      responsible: measures.every((m) => m.responsible === null) ? problem.responsible : null,
      leader: measures.every((m) => !m.leader) ? (problem.leader ?? null) : null,
      status: measures.every((m) => m.status === null) ? problem.status : null,
    }
    const ownStatus = measures.length > 0 && problem.status !== null && combinedStatus(measures.map((m) => m.status)) !== problem.status
    const first = rows.length
    for (const m of measures.length ? measures : [null]) {
      const status = m && !ownStatus ? (m.status ?? fallback.status) : problem.status
      const deadline = m ? (m.deadline ?? fallback.deadline) : problem.deadline
      rows.push([
        rows.length === first ? mark(path) : null,
        rows.length === first ? aspect : null,
        rows.length === first ? text(problem) : null,
        m ? text(m) : '',
        (m ? (m.leader ?? fallback.leader) : problem.leader) ?? '',
        (m ? (m.responsible ?? fallback.responsible) : problem.responsible) ?? '',
        deadline ? { date: deadline } : '',
        status ?? '',
        status === null ? '' : status === '已完成' ? '是' : '否',
      ])
    }
    if (rows.length - first > 1) for (const c of [0, 1, 2]) merges.push({ top: first, left: c, bottom: rows.length - 1, right: c })
  }
  // 问题下再分的小问题各自成行
  const problemTree = (problem: Item, path: Path, aspect: string): void => {
    problemRows(problem, path, aspect)
    problem.children.forEach((c, k) => c.role === 'problem' && problemTree(c, [...path, 'children', k], aspect))
  }
  const walk = (items: Item[], base: Path, aspect: string) => {
    items.forEach((item, i) => {
      const path = [...base, i]
      if (item.role === 'aspect') walk(item.children, [...path, 'children'], `${mark(path)}${item.title}`)
      else if (item.role === 'problem') problemTree(item, path, aspect)
      else problemRows(Item.create('problem', '', { children: [item] }), path, aspect)
    })
  }
  walk(notice.rectification.items, ['rectification', 'items'], '')
  return { rows, merges }
}

/** 台账的工作簿字节。 */
export function exportLedger(notice: Notice): Uint8Array {
  const v = metaValues(notice)
  const { rows, merges } = ledgerTable(notice)
  const spec: XlsxSheetSpec = {
    name: '整改台账',
    title: `${v.short ?? ''}${v.topic ?? ''}${notice.meta.kind}反馈问题整改台账`,
    headers: LEDGER_COLUMNS.map((c) => FIELD_LABELS[c.field]),
    widths: LEDGER_COLUMNS.map((c) => c.width),
    rows,
    merges,
  }
  return writeXlsx(spec)
}
