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

/** 各种读不了的情形给用户的说明；ext 是“.doc”或“.wps”。 */
const MESSAGES: Record<DocFormatError['kind'], (ext: string) => string> = {
  'not-ole': (ext) =>
    ext === '.wps'
      ? '无法读取这个 .wps 文件：它不是 WPS 2000 以后的格式（可能是更早的 DOS 版 WPS）。请在 WPS 文字中打开，另存为 .docx 后再导入。'
      : '无法读取这个 .doc 文件：它不是 Word 97–2003 格式。请在 Word 或 WPS 中打开，另存为 .docx 后再导入。',
  corrupt: (ext) => `无法读取这个 ${ext} 文件：文件已损坏或不完整。请在 Word 或 WPS 中打开，另存为 .docx 后再导入。`,
  'no-word-stream': (ext) => `这个 ${ext} 文件里没有文字文档（可能是表格或演示文稿另存的），无法导入。请确认选择的文件。`,
  'old-word': (ext) => `这个 ${ext} 文件是 Word 6.0/95 或更早的格式，无法读取。请在 Word 或 WPS 中打开，另存为 .docx 后再导入。`,
  encrypted: (ext) => `这个 ${ext} 文件设有打开密码，无法读取。请在 Word 或 WPS 中输入密码打开，另存一份不加密的 .docx 后再导入。`,
}

/** 读出 .doc/.wps 的段落；无法读取时抛出带中文说明的 OpenError。 */
export function docParagraphs(bytes: Uint8Array, ext: '.doc' | '.wps' = '.doc'): string[] {
  try {
    return readWordDocument(readCompoundFile(bytes)).paragraphs
  } catch (e) {
    // 越界读取（RangeError）同样说明结构损坏：偏移都来自文件本身。
    const kind = e instanceof DocFormatError ? e.kind : 'corrupt'
    const err = new OpenError('unreadable', MESSAGES[kind](ext))
    ;(err as { cause?: unknown }).cause = e
    throw err
  }
}

export function importFromDoc(bytes: Uint8Array, ext: '.doc' | '.wps' = '.doc'): ImportResult {
  if (bytes.length === 0) throw new OpenError('empty', '文件是空的，没有可导入的内容。')
  return importFromParagraphs(docParagraphs(bytes, ext))
}
