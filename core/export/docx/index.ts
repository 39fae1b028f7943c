// 通报 → .docx 字节（GB/T 9704-2012）。只返回字节，写文件是调用方（electron/）的事。
import { Packer } from 'docx'
import type { Notice } from '../../model/notice'
import { type DocxOptions, resolveExport } from '../options'
import { buildDocument, formatOptions } from './build-document'
import { fontTableXml } from './font-table'

export { buildDocument } from './build-document'

export async function exportDocx(notice: Notice, options: DocxOptions = {}): Promise<Uint8Array> {
  const fontTable = { path: 'word/fontTable.xml', data: fontTableXml(formatOptions(resolveExport(notice, options)).fonts) }
  return new Uint8Array(await Packer.toArrayBuffer(buildDocument(notice, options), false, [fontTable]))
}
