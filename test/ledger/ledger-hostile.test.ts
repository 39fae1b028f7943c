// 恶意的工作簿：压缩炸弹、百万行、只有公式的格子、乱写的合并区域——读取有界，报中文错误，不崩溃。
import { describe, expect, it } from 'vitest'
import { defaultMapping, importLedger, readLedgerFile } from '../../core/ledger/import-ledger'
import { LedgerError } from '../../core/ledger/ledger-error'
import { LEDGER_LIMITS } from '../../core/ledger/limits'
import { formulaOnly, lyingSizes, manyRows, workbookWith, zipBomb } from './support/hostile'

const read = (bytes: Uint8Array, name = 'x.xlsx') => readLedgerFile({ name, bytes })
const codeOf = (fn: () => unknown): string => {
  try {
    fn()
  } catch (e) {
    expect(e).toBeInstanceOf(LedgerError)
    expect((e as Error).message).toMatch(/[\u4e00-\u9fff]/)
    return (e as LedgerError).ledgerCode
  }
  return 'no error'
}

describe('恶意的工作簿', () => {
  it('压缩炸弹（解压后 24 MB 的空白，压缩比上千）在解压途中停下', () => {
    const bomb = zipBomb(24)
    expect(bomb.length).toBeLessThan(1024 * 1024)
    expect(codeOf(() => read(bomb))).toBe('zip-bomb')
  })

  it('中央目录谎报解压大小也挡得住（上限在解压时数，不信目录）', () => {
    expect(codeOf(() => read(lyingSizes(12)))).toBe('zip-bomb')
  })

  it('超过行数上限的表停在上限处，不读完', () => {
    expect(codeOf(() => read(manyRows(LEDGER_LIMITS.rows + 10)))).toBe('too-many-rows')
  })

  it('只格式化、没有内容的远处行（第 1048576 行）不算超限', () => {
    const wb = read(workbookWith(`<row r="1"><c r="A1" t="inlineStr"><is><t>问题</t></is></c></row><row r="1048576" customHeight="1"/>`))
    expect(wb.sheets[0]!.rows.length).toBe(1)
  })

  it('只有公式的格子按空白读，并说明', () => {
    const wb = read(formulaOnly(5))
    expect(wb.notes.join('')).toMatch(/5 个单元格只有公式/)
    const imported = importLedger(wb, defaultMapping(wb)!, 'x.xlsx', '2024-01-01')
    expect(imported.items).toHaveLength(5)
    expect(imported.findings.some((f) => f.rule === 'ledger-read')).toBe(true)
  })

  it('覆盖整张表的合并区域、远处的列不会让表变大', () => {
    const merges = Array.from({ length: 1000 }, () => '<mergeCell ref="A1:XFD1048576"/>').join('')
    const sheet = `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>问题</t></is></c><c r="B1" t="inlineStr"><is><t>整改措施</t></is></c><c r="XFD1" t="inlineStr"><is><t>远</t></is></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>问题一</t></is></c><c r="B2" t="inlineStr"><is><t>措施一</t></is></c></row></sheetData><mergeCells>${merges}</mergeCells></worksheet>`
    const wb = read(workbookWith(new TextEncoder().encode(sheet)))
    expect(wb.sheets[0]!.rows[0]!.length).toBe(2)
    expect(wb.notes.join('')).toMatch(/未读取/)
    expect(() => defaultMapping(wb)).not.toThrow()
  })

  it('不是 xlsx、旧版 .xls、加密、截断的文件：中文错误', () => {
    expect(codeOf(() => read(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0, 0, 0, 0]), 'old.xls'))).toBe('not-xlsx')
    const good = manyRows(3)
    expect(codeOf(() => read(good.slice(0, good.length - 30)))).toBe('not-xlsx')
    const encrypted = good.slice()
    const view = new DataView(encrypted.buffer)
    for (let i = 0; i + 46 < encrypted.length; i++) if (view.getUint32(i, true) === 0x02014b50) view.setUint16(i + 8, 1, true)
    expect(codeOf(() => read(encrypted))).toBe('encrypted')
    expect(codeOf(() => read(new Uint8Array(0)))).toBe('empty')
  })
})
