// 通报 → .docx 字节（GB/T 9704-2012）。只返回字节，写文件是调用方（electron/）的事。
import { type Document, Packer } from 'docx'
import type { Notice } from '../../model/notice'
import { type DocxOptions, type ResolvedExport, resolveExport } from '../options'
import { buildDocument, formatOptions } from './build-document'
import { fontTableXml } from './font-table'

export { buildDocument } from './build-document'

export async function exportDocx(notice: Notice, options: DocxOptions = {}): Promise<Uint8Array> {
  return packDocx(buildDocument(notice, options), resolveExport(notice, options))
}

/** 文档树 → 字节，连同按字体方案写的字体表（普通导出与送审稿共用）。 */
export async function packDocx(document: Document, resolved: ResolvedExport): Promise<Uint8Array> {
  const fontTable = { path: 'word/fontTable.xml', data: fontTableXml(formatOptions(resolved).fonts) }
  return new Uint8Array(await Packer.toArrayBuffer(document, false, [fontTable]))
}
