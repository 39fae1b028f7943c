// 基准：最大的样例导出为 Word 后，由 LibreOffice 转成 PDF 和 .doc，再导入并汇总（inspect）。
// 对照（anchor）是同一次运行里导入同一份 Word 导出（.docx）的中位数，打印比值。转换不计时。
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { exportDocx } from '../../core/export/docx/index'
import { importNotice } from '../../core/import/index'
import { importFromText } from '../../core/import/import-from-text'
import { pdfParagraphs } from '../../core/import/pdf/pdf-layout'
import { readPdfText } from '../../core/import/pdf/read-pdf'
import { summarize } from '../../core/inspect/summary'
import { docxToPdf, requireTool, soffice } from '../support/office-fixtures'
import { largestSeed, seedText } from '../support/seeds'
import { type BenchRow, measure } from './harness'

export async function run(): Promise<BenchRow[]> {
  requireTool('soffice', ['--version'], 'libreoffice-writer-nogui')
  const seed = largestSeed()
  const work = mkdtempSync(join(tmpdir(), 'tongbao-bench-pdf-'))
  try {
    const docxFile = join(work, 'notice.docx')
    const docx = await exportDocx(importFromText(seedText(seed)).notice)
    writeFileSync(docxFile, docx)
    mkdirSync(join(work, 'out'))
    docxToPdf([docxFile], join(work, 'out'), join(work, 'profile'))
    soffice([docxFile], 'doc', join(work, 'out'), join(work, 'profile'))
    const pdf = new Uint8Array(readFileSync(join(work, 'out', 'notice.pdf')))
    const doc = new Uint8Array(readFileSync(join(work, 'out', 'notice.doc')))

    const inspect = (name: string, bytes: Uint8Array) => async () => summarize((await importNotice({ name, bytes })).notice)
    const anchor = await measure(inspect('notice.docx', docx), 15, 3)
    const pdfRun = await measure(inspect('notice.pdf', pdf), 9, 2)
    const pages = await readPdfText(pdf)
    const layout = await measure(() => pdfParagraphs(pages), 30, 5)
    const docRun = await measure(inspect('notice.doc', doc), 15, 3)
    const ratio = (ms: number) => `对照 .docx ${anchor.medianMs.toFixed(1)} ms 的 ${(ms / anchor.medianMs).toFixed(2)} 倍`
    const kb = (b: Uint8Array) => `${(b.length / 1024).toFixed(0)} KB`
    return [
      { name: `import + inspect ${seed} (Word 导出 .docx, ${kb(docx)})`, ...anchor, note: '（对照）' },
      { name: `import + inspect ${seed} (PDF, ${pages.length} 页, ${kb(pdf)})`, ...pdfRun, note: ratio(pdfRun.medianMs) },
      { name: `  其中 pdfParagraphs（版面 → 段落）`, ...layout, note: ratio(layout.medianMs) },
      { name: `import + inspect ${seed} (.doc, ${kb(doc)})`, ...docRun, note: ratio(docRun.medianMs) },
    ]
  } finally {
    rmSync(work, { recursive: true, force: true })
  }
}
