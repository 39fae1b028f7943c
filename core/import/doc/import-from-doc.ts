/**
 * 旧版 Word（.doc）和 WPS 文字（.wps）→ 通报模型：自己读 OLE2 复合文档和 Word 97 的片段表（不依赖 Node 的库，
 * 浏览器里也能用），段落交给文体解析器。WPS 2000 以后的 .wps 与 .doc 同构（复合文档里的 WordDocument 流），
 * 照 .doc 读；更早的 DOS 版 WPS 不是复合文档，给出说明。只用字节，不碰文件系统。
 */
import { OpenError } from '../../project/errors'
import type { ImportResult } from '../import-result'
import { importFromParagraphs } from '../import-from-text'
import { DocFormatError, readCompoundFile } from './compound-file'
import { readWordDocument } from './word-document'

/** 各种读不了的情形的编号（说明在 core/messages/zh.ts）；ext 是“.doc”或“.wps”。 */
function failure(kind: DocFormatError['kind'], ext: '.doc' | '.wps', cause: unknown): OpenError {
  const params = { ext: ext.slice(1) }
  const code =
    kind === 'not-ole'
      ? ext === '.wps'
        ? 'import.wps-not-ole'
        : 'import.doc-not-word97'
      : kind === 'old-word'
        ? 'import.old-word'
        : kind === 'encrypted'
          ? 'import.doc-encrypted'
          : kind === 'no-word-stream'
            ? 'import.doc-no-text-stream'
            : 'import.doc-damaged'
  return new OpenError(code, params, { cause })
}

/** 读出 .doc/.wps 的段落；无法读取时抛出带中文说明的 OpenError。 */
export function docParagraphs(bytes: Uint8Array, ext: '.doc' | '.wps' = '.doc'): string[] {
  try {
    return readWordDocument(readCompoundFile(bytes)).paragraphs
  } catch (e) {
    // 越界读取（RangeError）同样说明结构损坏：偏移都来自文件本身。
    throw failure(e instanceof DocFormatError ? e.kind : 'corrupt', ext, e)
  }
}

export function importFromDoc(bytes: Uint8Array, ext: '.doc' | '.wps' = '.doc'): ImportResult {
  if (bytes.length === 0) throw new OpenError('import.empty')
  return importFromParagraphs(docParagraphs(bytes, ext))
}
