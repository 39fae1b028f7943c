// 桌面版的 PDF 导出：把 core/layout 的打印页（printHtml）放进一个不显示的窗口，用 Electron 的 printToPDF 打印成 A4 PDF。
// 字体由 Chromium 嵌入（只嵌实际用到的字形），文字可选可搜；页边距为 0，因为打印页已按版心排好每一行的位置。
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'

/** printToPDF 的选项中用到的部分（与 Electron 的 PrintToPDFOptions 同形）。 */
export interface PdfOptions {
  pageSize: 'A4'
  printBackground: boolean
  preferCSSPageSize: boolean
  margins: { top: number; bottom: number; left: number; right: number }
}

/** 打印用的窗口中用到的部分（与 BrowserWindow 同形）；测试里用假的。 */
export interface PrintWindow {
  loadFile(path: string): Promise<void>
  readonly webContents: { printToPDF(options: PdfOptions): Promise<Uint8Array> }
  destroy(): void
}

export const PDF_OPTIONS: PdfOptions = {
  pageSize: 'A4',
  printBackground: true,
  preferCSSPageSize: true,
  margins: { top: 0, bottom: 0, left: 0, right: 0 },
}

/**
 * 打印成 PDF 字节。页面先写进临时文件再加载（一份长通报的打印页可有几百 KB，超出 data: 网址的长度上限）；
 * 无论成败，窗口都销毁、临时文件都删掉。
 */
export async function printToPdf(html: string, openWindow: () => PrintWindow, tempRoot: string): Promise<Uint8Array> {
  const dir = await mkdtemp(join(tempRoot, 'tongbao-pdf-'))
  const win = openWindow()
  try {
    const page = join(dir, 'print.html')
    await writeFile(page, html, 'utf8')
    await win.loadFile(page)
    return await win.webContents.printToPDF(PDF_OPTIONS)
  } finally {
    win.destroy()
    await rm(dir, { recursive: true, force: true })
  }
}
