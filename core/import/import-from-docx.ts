/** Word 文件（.docx）→ 通报模型：mammoth 转成 HTML，再走网页的解析（用了自动编号的文件另读编号）。只用字节，不碰文件系统。 */
import mammoth from 'mammoth'
import { OpenError } from '../project/errors'
import type { ImportResult, ImportStage } from './import-result'
import { boundedUnzip } from './bounded-unzip'
import { DOCUMENT_PART, NUMBERING_PART, numberedDocxParagraphs } from './docx-numbering'
import { importFromHtml } from './import-from-html'
import { importFromParagraphs } from './import-from-text'
import { isZip } from './is-zip'

export async function importFromDocx(bytes: Uint8Array, onStage?: (stage: ImportStage) => void): Promise<ImportResult> {
  if (bytes.length === 0) throw new OpenError('import.empty')
  if (!isZip(bytes)) throw new OpenError('import.not-docx')
  onStage?.('unzip')
  // 先按上限解压一遍整个包（边解压边核对大小、压缩比与 XML 嵌套层数）：压缩炸弹和几十万层的嵌套到不了 mammoth。
  const parts = boundedUnzip(bytes, (name) => name === DOCUMENT_PART || name === NUMBERING_PART)
  // 用了 Word 自动编号的文件：编号在 numbering.xml 里，自己读出来加回段首，层级才不丢。
  const numbered = numberedDocxParagraphs(parts)
  if (numbered) {
    onStage?.('parse')
    return importFromParagraphs(numbered)
  }
  onStage?.('convert')
  const arrayBuffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer
  let html: string
  try {
    // Node 版 mammoth 读 `buffer`，浏览器版读 `arrayBuffer`；两个都给，core 在两处都能用。
    const input = { arrayBuffer, buffer: bytes } as { arrayBuffer: ArrayBuffer }
    html = (await mammoth.convertToHtml(input)).value
  } catch {
    throw new OpenError('import.docx-damaged')
  }
  onStage?.('parse')
  return importFromHtml(html)
}
