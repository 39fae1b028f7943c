// 验收：内部送签稿（版头 + 版记）渲染后，红头位置按 GB/T 9704-2012 7.2，版头之后仍是 22 行的格子。
import { beforeAll, describe, expect, it } from 'vitest'
import { exportDocx } from '../../core/export/docx/index'
import { longNotice } from './support/long-notice'
import { type Band, firstPageMarks, type LayoutReport, layoutCheckKeepingPdf, tempDir, writeTemp } from './support/render'

let layout: LayoutReport
let red: Band[]
let dark: Band[]

beforeAll(async () => {
  const dir = tempDir('internal')
  const notice = longNotice({ aspects: 2, problemsPerAspect: 3, measuresPerProblem: 3, sentences: 3 })
  const path = writeTemp(
    dir,
    'internal.docx',
    await exportDocx(notice, { redhead: { docNumber: '白委〔2025〕12号' }, banji: { cc: ['省委巡视办'] } }),
  )
  const r = await layoutCheckKeepingPdf(path, dir)
  layout = r.layout
  ;({ red, dark } = await firstPageMarks(r.pdf))
}, 300_000)

describe('内部送签稿的版头', () => {
  it('发文机关标志为红色，上边缘在版心下 35 mm（±1 mm）', () => {
    const mark = red[0]!
    expect(mark.bottom_mm - mark.top_mm).toBeGreaterThan(8)
    expect(Math.abs(mark.top_mm - 37 - 35)).toBeLessThanOrEqual(1)
  })

  it('红色分隔线与版心同宽，在发文字号下 4 mm（±1 mm）', () => {
    const line = red.find((b) => b.bottom_mm - b.top_mm < 1.5)!
    expect(line).toBeDefined()
    expect(Math.abs(line.left_mm - 28)).toBeLessThanOrEqual(1)
    expect(Math.abs(line.right_mm - 184)).toBeLessThanOrEqual(1)
    const docNumber = dark.filter((b) => b.bottom_mm <= line.top_mm).at(-1)!
    expect(Math.abs(line.top_mm - docNumber.bottom_mm - 4)).toBeLessThanOrEqual(1)
  })

  it('版头之后的各整页仍是 22 行，页码照常', () => {
    const later = layout.per_page.filter((p) => p.page > 1 && p.full && p.counted)
    expect(later.length).toBeGreaterThanOrEqual(1)
    for (const p of later) expect(p.grid_rows).toBe(22)
    expect(layout.verdict.pagenum[0]).toBe('ok')
    expect(layout.verdict.margins[0]).toBe('ok')
  })
})
