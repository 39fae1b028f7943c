/** 读出的表格：xlsx 与 csv/tsv 都读成这个样子，列对应和建树只认它。 */

/** 一个单元格：显示的文字；按日期格式存的数字另给出日期（ISO）。 */
export interface LedgerCell {
  text: string
  date?: string
}

/** 合并区域，行列从 0 起，首尾都含。 */
export interface CellRange {
  top: number
  left: number
  bottom: number
  right: number
}

export interface LedgerSheet {
  name: string
  hidden: boolean
  /** 按行的单元格；空格为 null。合并区域只有左上角有值。 */
  rows: (LedgerCell | null)[][]
  merges: CellRange[]
}

export interface LedgerWorkbook {
  sheets: LedgerSheet[]
  /** 读取时略过或不能照读的地方（只有公式没有结果的格子、超出列上限的格子），给用户看。 */
  notes: string[]
}

/** Excel 日期序号 → ISO 日期。Excel 把 1900 年当闰年，序号 60 以后的日子从 1899-12-30 起算才对。 */
export function serialToIso(serial: number): string | null {
  if (!Number.isFinite(serial) || serial < 61 || serial > 2958465) return null
  const d = new Date(Date.UTC(1899, 11, 30) + Math.floor(serial) * 86_400_000)
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}-${String(d.getUTCDate()).padStart(2, '0')}`
}

export function isoToSerial(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number)
  return Math.round((Date.UTC(y!, m! - 1, d!) - Date.UTC(1899, 11, 30)) / 86_400_000)
}

/**
 * 合并区域展开后的表：被合并的格子取左上角的值，并记下它是被盖住的格子（covered）。
 * 建树时“被盖住的问题格”与“空着的问题格”同义：都是上一个问题的续行。
 */
export interface FilledSheet {
  rows: (LedgerCell | null)[][]
  covered: boolean[][]
  width: number
}

export function fillMerges(sheet: LedgerSheet): FilledSheet {
  const height = sheet.rows.length
  const width = Math.max(0, ...sheet.rows.map((r) => r.length))
  const rows = sheet.rows.map((r) => Array.from({ length: width }, (_, c) => r[c] ?? null))
  const covered = rows.map((r) => r.map(() => false))
  // 互相重叠的合并区域可以让展开的工作量远超表的大小；展开的格子总数以表的格数为限。
  let budget = height * width
  for (const m of sheet.merges) {
    // 合并区域截在实有的行列内：一个写着 A1:XFD1048576 的合并不会让表变大。
    const bottom = Math.min(m.bottom, height - 1)
    const right = Math.min(m.right, width - 1)
    if (m.top >= height || m.left >= width) continue
    const value = rows[m.top]![m.left] ?? null
    for (let r = m.top; r <= bottom; r++) {
      for (let c = m.left; c <= right; c++) {
        if (r === m.top && c === m.left) continue
        if (--budget < 0) return { rows, covered, width }
        rows[r]![c] = value
        covered[r]![c] = true
      }
    }
  }
  return { rows, covered, width }
}
