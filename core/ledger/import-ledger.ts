/**
 * 导入整改台账的入口：读文件（.xlsx / .csv / .tsv）→ 选表、认表头（用户确认列对应）→ 条目树与关联台账的数字。
 * 纯函数：字节进，模型出；“今天”由调用方给出。作为新通报（ledgerNotice）或并入已打开的通报（merge-ledger.ts）。
 */
import { progress } from '../derive/progress'
import type { InspectionKind, LedgerLink, Notice } from '../model/notice'
import { NoticeSchema } from '../model/notice'
import type { Item } from '../model/item'
import type { Finding } from '../rules/types'
import { createNotice } from '../template/new-notice'
import { LedgerError } from './ledger-error'
import { readLedgerRows } from './ledger-rows'
import { ledgerItems } from './ledger-tree'
import { detectMapping, type LedgerMapping, mappingProblem } from './mapping'
import { readDelimited } from './read-delimited'
import { readXlsx } from './read-xlsx'
import type { LedgerWorkbook } from './sheet'
import { isZip } from './zip-reader'

export interface LedgerSource {
  /** 文件名（看扩展名） */
  name: string
  bytes: Uint8Array
}

/** 读台账文件。.xls（旧版二进制）与读不了的文件抛出带中文说明的 LedgerError / OpenError。 */
export function readLedgerFile(source: LedgerSource): LedgerWorkbook {
  if (source.bytes.length === 0) throw new LedgerError('empty')
  if (isZip(source.bytes)) return readXlsx(source.bytes)
  // 旧版 .xls 是 OLE 复合文档（D0 CF 11 E0）
  if (source.bytes[0] === 0xd0 && source.bytes[1] === 0xcf) throw new LedgerError('not-xlsx')
  if (/\.xlsx$/i.test(source.name)) throw new LedgerError('not-xlsx')
  return readDelimited(source.bytes, source.name)
}

/** 默认的列对应：第一张认得出表头的可见工作表。都认不出时为 null（由用户指定）。 */
export function defaultMapping(workbook: LedgerWorkbook): LedgerMapping | null {
  const order = workbook.sheets.map((s, i) => ({ s, i })).sort((a, b) => Number(a.s.hidden) - Number(b.s.hidden))
  for (const { s, i } of order) {
    const m = detectMapping(s, i)
    if (m) return m
  }
  return null
}

export interface LedgerImport {
  items: Item[]
  link: LedgerLink
  /** 表头以上的文字里写的是巡察还是巡视（“××区委巡察整改台账”）；看不出时为 null。 */
  kind: InspectionKind | null
  findings: Finding[]
}

/** 按列对应把一张表读成条目树，并记下台账的数字。 */
export function importLedger(workbook: LedgerWorkbook, mapping: LedgerMapping, file: string, today: string): LedgerImport {
  const sheet = workbook.sheets[mapping.sheet]
  if (!sheet) throw new LedgerError('no-sheet')
  if (mappingProblem(mapping)) throw new LedgerError('no-header')
  const rows = readLedgerRows(sheet, mapping)
  const items = ledgerItems(rows)
  if (items.length === 0) throw new LedgerError('empty')
  const p = progress({ ...createNotice('巡视'), rectification: { heading: null, paragraphs: [], items } })
  const above = sheet.rows
    .slice(0, mapping.headerTop)
    .flat()
    .map((c) => c?.text ?? '')
    .join('')
  const kind = above.includes('巡察') ? '巡察' : above.includes('巡视') ? '巡视' : null
  const findings: Finding[] = workbook.notes.map((message) => ({
    rule: 'ledger-read',
    severity: 'info',
    message,
    location: { path: ['rectification'] },
  }))
  const unstated = rows.filter((r) => !r.heading && r.status === null).map((r) => r.line)
  if (unstated.length) {
    findings.push({
      rule: 'ledger-status-missing',
      severity: 'info',
      message: `台账第 ${unstated.slice(0, 10).join('、')}${unstated.length > 10 ? ' 等' : ''} 行没有写明整改状态（已完成、基本完成、持续推进），相应条目的状态留空，请补上。`,
      location: { path: ['rectification'] },
    })
  }
  return {
    items,
    kind,
    findings,
    link: {
      file,
      sheet: sheet.name,
      importedOn: today,
      aspects: p.aspects,
      problems: p.problems,
      measures: p.measures,
      done: p.done,
      basicallyDone: p.basicallyDone,
      ongoing: p.ongoing,
    },
  }
}

/** 由台账新建一份通报：逐条整改取自台账，其余按模板留空。 */
export function ledgerNotice(imported: LedgerImport, kind: InspectionKind = imported.kind ?? '巡视'): Notice {
  const notice = createNotice(kind)
  notice.rectification.items = imported.items
  notice.ledger = imported.link
  return NoticeSchema.parse(notice)
}
