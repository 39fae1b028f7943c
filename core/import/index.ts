/**
 * 导入入口：按扩展名和内容判断类型，交给 importFromText / importFromHtml / importFromDocx / importFromPdf /
 * importFromDoc / importFromWechat。除纯文本外的解析器都按需载入：命令行只查一份 .txt 时不必为它们付启动时间
 * （PDF 的 pdfjs 更在 importFromPdf 里才载入）。
 */
import { importFinding } from '../rules/import-rules'
import { OpenError, isOpenError } from '../project/errors'
import { readProject } from '../project/project-file'
import { decodeText } from './decode-text'
import { isCompoundFile } from './doc/compound-file'
import type { ImportResult, ImportStage } from './import-result'
import { importFromText } from './import-from-text'
import { isZip } from './is-zip'
import { checkCharacters, isLimitError } from './limits'
import { isPdf } from './pdf/is-pdf'
import { isWechatArticle } from './wechat/is-wechat-article'

export type { ImportResult, ImportStage } from './import-result'
export { importFromText } from './import-from-text'
export { LIMITS, LimitError, isLimitError, type LimitCode } from './limits'

export interface ImportInput {
  /** 文件名（用其扩展名判断类型） */
  name: string
  bytes: Uint8Array
  /** 每进入一步时调用 */
  onStage?: (stage: ImportStage) => void
}

function extension(name: string): string {
  const m = /\.([A-Za-z0-9]+)$/.exec(name)
  return m ? m[1]!.toLowerCase() : ''
}

const looksLikeHtml = (text: string) => /^\s*(<!doctype html|<html|<head|<body|<meta|<div|<p[\s>])/i.test(text.slice(0, 2000))

/** 导入的大小上限（64 MB）：通报不过几十 KB，带图片的 .docx 也远在其下；再大多半选错了文件。 */
export const MAX_IMPORT_BYTES = 64 * 1024 * 1024

async function dispatch(input: ImportInput): Promise<ImportResult> {
  if (input.bytes.length > MAX_IMPORT_BYTES) {
    throw new OpenError('import.too-large', { sizeMb: (input.bytes.length / 1048576).toFixed(1) })
  }
  const ext = extension(input.name)
  // 工程文件也接受：从上一轮新建时，上一轮可以是任何能导入的文件。
  if (ext === 'tongbao') {
    input.onStage?.('parse')
    return readProject(input.bytes)
  }
  // 先看内容再看扩展名：网站上的附件常改过扩展名（.doc 其实是 .docx，.wps 其实是 .doc）。
  const doc = async () => {
    input.onStage?.('parse')
    return (await import('./doc/import-from-doc')).importFromDoc(input.bytes, ext === 'wps' ? '.wps' : '.doc')
  }
  if (ext === 'pdf' || isPdf(input.bytes.subarray(0, 5))) {
    input.onStage?.('parse')
    return (await import('./pdf/import-from-pdf')).importFromPdf(input.bytes)
  }
  if (isCompoundFile(input.bytes)) return doc()
  if (ext === 'docx' || isZip(input.bytes)) return (await import('./import-from-docx')).importFromDocx(input.bytes, input.onStage)
  if (ext === 'doc' || ext === 'wps') {
    // Word 另存的“网页”和“RTF”也常以 .doc 为扩展名：网页照网页读，RTF 请用户另存；其余交给 .doc 的读法说明。
    const head = new TextDecoder().decode(input.bytes.subarray(0, 2000))
    if (/^\s*\{\\rtf/.test(head)) throw new OpenError('import.doc-rtf', { ext })
    if (!looksLikeHtml(head)) return doc()
  }
  input.onStage?.('parse')
  const { text, replaced } = decodeText(input.bytes)
  checkCharacters(text.length)
  // 扩展名是 .html 却没有一个标签（另存时选错了类型）：按纯文本读，换行才是段落边界。
  const html = (ext === 'html' || ext === 'htm' || ext === 'xhtml') && /<[a-zA-Z!/][^>]*>/.test(text.slice(0, 100_000))
  const isHtml = html || (ext !== 'txt' && looksLikeHtml(text))
  const result = !isHtml
    ? importFromText(text)
    : isWechatArticle(text)
      ? (await import('./wechat/import-from-wechat')).importFromWechat(text)
      : (await import('./import-from-html')).importFromHtml(text)
  if (replaced > 0) {
    result.findings.unshift(importFinding('encodingDamaged', 'damaged', [], { data: { count: replaced } }))
  }
  return result
}

/** 导入 .txt / .html / .docx / .pdf / .doc / .wps（以及 .tongbao 工程文件）。无法导入时抛出带中文说明的 OpenError，不抛其他异常。 */
export async function importNotice(input: ImportInput): Promise<ImportResult> {
  try {
    return await dispatch(input)
  } catch (e) {
    if (isLimitError(e)) throw e.inFile(input.name)
    if (isOpenError(e)) throw e
    throw new OpenError('import.unparseable', { name: input.name }, { cause: e })
  }
}
