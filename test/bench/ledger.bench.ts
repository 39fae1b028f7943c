// 基准：导入 2,000 行的整改台账（.xlsx，由 exceljs 写出），对照同一次运行中 exceljs 读同一文件；
// 恶意的工作簿（压缩炸弹、百万行、只有公式的格子）被挡下所用的时间与内存增长。
import ExcelJS from 'exceljs'
import { performance } from 'node:perf_hooks'
import { defaultMapping, importLedger, readLedgerFile } from '../../core/ledger/import-ledger'
import { LedgerError } from '../../core/ledger/ledger-error'
import { formulaOnly, manyRows, zipBomb } from '../ledger/support/hostile'
import { type BenchRow, measure } from './harness'

async function ledgerOf(rows: number): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook()
  const ws = wb.addWorksheet('整改台账')
  ws.addRow(['某某县委巡察反馈问题整改台账'])
  ws.mergeCells('A1:I1')
  ws.addRow(['序号', '问题类别', '问题（具体表现）', '整改措施', '责任领导', '责任单位', '整改时限', '整改进展', '是否销号'])
  for (let i = 0; i < rows; i++) {
    const problem = Math.floor(i / 2)
    ws.addRow([
      i % 2 ? null : problem + 1,
      `第${Math.floor(i / 100) + 1}方面`,
      i % 2 ? null : `第${problem + 1}个问题：制度执行不到位，监督检查流于形式`,
      `措施${i + 1}：建立健全工作机制，明确责任分工，定期督查通报。`,
      '王明',
      '县委办公室',
      new Date(Date.UTC(2024, i % 12, 28)),
      i % 3 ? '已完成' : '持续推进',
      i % 3 ? '是' : '否',
    ])
  }
  return new Uint8Array(await wb.xlsx.writeBuffer())
}

/** 一次被拒的读取：用时与堆内存的增长（读完即丢，增长近似峰值）。 */
function rejected(name: string, bytes: Uint8Array, expected: string): BenchRow[] {
  globalThis.gc?.()
  const heap0 = process.memoryUsage().heapUsed + process.memoryUsage().arrayBuffers
  const t0 = performance.now()
  let code = 'accepted'
  try {
    readLedgerFile({ name: 'x.xlsx', bytes })
  } catch (e) {
    code = e instanceof LedgerError ? e.ledgerCode : 'other'
  }
  const ms = performance.now() - t0
  const grown = (process.memoryUsage().heapUsed + process.memoryUsage().arrayBuffers - heap0) / 1048576
  if (code !== expected) throw new Error(`${name}: expected ${expected}, got ${code}`)
  return [
    { name: `${name}（${(bytes.length / 1024).toFixed(0)} KB）：${code}`, medianMs: ms, targetMs: 5000 },
    { name: `${name}：读取中内存增长`, medianMs: grown, unit: 'MB' },
  ]
}

export async function run(): Promise<BenchRow[]> {
  const bytes = await ledgerOf(2000)
  const ours = await measure(
    () => {
      const wb = readLedgerFile({ name: '台账.xlsx', bytes })
      const imported = importLedger(wb, defaultMapping(wb)!, '台账.xlsx', '2024-10-08')
      if (imported.link.measures !== 2000) throw new Error(`读出 ${imported.link.measures} 条措施，应为 2000`)
    },
    9,
    2,
  )
  const anchor = await measure(
    async () => {
      const wb = new ExcelJS.Workbook()
      await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer)
    },
    9,
    2,
  )
  const rows: BenchRow[] = [
    {
      name: `导入台账 2,000 行（${(bytes.length / 1024).toFixed(0)} KB）`,
      ...ours,
      targetMs: 500,
      note: `对照 exceljs 只读不建树 ${anchor.medianMs.toFixed(1)} ms，比值 ${(ours.medianMs / anchor.medianMs).toFixed(2)}`,
    },
    { name: '对照：exceljs 4.4 读同一文件', ...anchor },
  ]
  rows.push(...rejected('压缩炸弹（解压后 512 MB）', zipBomb(512), 'zip-bomb'))
  rows.push(...rejected('1,000,000 行的工作表', manyRows(1_000_000), 'too-many-rows'))
  const formulas = formulaOnly(2000)
  const t0 = performance.now()
  const wb = readLedgerFile({ name: 'f.xlsx', bytes: formulas })
  rows.push({ name: `2,000 个只有公式的格子：读完并提示（${wb.notes.length} 条说明）`, medianMs: performance.now() - t0, targetMs: 500 })
  return rows
}
