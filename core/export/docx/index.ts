// 通报 → .docx 字节（GB/T 9704-2012）。只返回字节，写文件是调用方（electron/）的事。
import type { Document } from 'docx'
import type { Notice } from '../../model/notice'
import { type DocxOptions, type ResolvedExport, resolveExport } from '../options'
import { buildDocument, formatOptions } from './build-document'
import { type DocxParts, docxParts, zipDocxParts } from './docx-parts'
import { fontTableXml } from './font-table'

export { buildDocument } from './build-document'
export type { DocxParts } from './docx-parts'

export async function exportDocx(notice: Notice, options: DocxOptions = {}): Promise<Uint8Array> {
  return zipDocxParts(await exportDocxParts(notice, options))
}

/** 压缩之前的部件：命令行用 Node 的原生 zlib 打包（electron/cli/zip-parts.ts），比 fflate 快得多。 */
export function exportDocxParts(notice: Notice, options: DocxOptions = {}): Promise<DocxParts> {
  return packParts(buildDocument(notice, options), resolveExport(notice, options))
}

/** 文档树 → 字节，连同按字体方案写的字体表（普通导出与送审稿共用）。 */
export async function packDocx(document: Document, resolved: ResolvedExport): Promise<Uint8Array> {
  return zipDocxParts(await packParts(document, resolved))
}

function packParts(document: Document, resolved: ResolvedExport): Promise<DocxParts> {
  const fontTable = { path: 'word/fontTable.xml', data: fontTableXml(formatOptions(resolved).fonts) }
  return docxParts(document, [fontTable])
}
