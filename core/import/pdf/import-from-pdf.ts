/** PDF → 通报模型：读出文字块，按版面接回段落（pdf-layout），再交给文体解析器。只用字节，不碰文件系统。 */
import { OpenError } from '../../project/errors'
import type { ImportResult } from '../import-result'
import { importFromParagraphs } from '../import-from-text'
import { isPdf } from './is-pdf'
import { pdfParagraphs } from './pdf-layout'
import { PDF_LIMITS, type PdfLimits, readPdfText } from './read-pdf'

/** 每页平均不到这么多字（去掉页码、页眉页脚后），就当作没有文字层：扫描件上常只有扫描软件加的一行水印。 */
const MIN_CHARS_PER_PAGE = 5

export async function importFromPdf(bytes: Uint8Array, limits: PdfLimits = PDF_LIMITS): Promise<ImportResult> {
  if (bytes.length === 0) throw new OpenError('import.empty')
  if (!isPdf(bytes)) throw new OpenError('import.pdf-not-pdf')
  const pages = await readPdfText(bytes, limits)
  const { paragraphs, furniture } = pdfParagraphs(pages)
  const chars = paragraphs.join('').replace(/\s/g, '').length
  if (chars < Math.max(20, MIN_CHARS_PER_PAGE * pages.length)) {
    throw new OpenError('import.pdf-no-text', { pages: pages.length })
  }
  const result = importFromParagraphs(paragraphs)
  if (furniture.length) {
    result.findings.push({
      rule: 'import-page-noise',
      severity: 'info',
      message: `去掉了 PDF 中${furniture.length}处页码和页眉页脚，已把跨页的段落接上，请核对分段。`,
      location: { path: [] },
    })
  }
  return result
}
