/** 纯文本（含从网页复制的文字）→ 通报模型。 */
import { importFinding } from '../rules/import-rules'
import { OpenError } from '../project/errors'
import type { ImportResult } from './import-result'
import { textParagraphs } from './paragraphs'
import { parseNotice } from './parse-notice'
import { reflow } from './reflow'

/** 一段文字一行；空行、缩进、不间断空格都不影响结果。 */
export function importFromText(text: string): ImportResult {
  return importFromParagraphs(textParagraphs(text))
}

/** 三种输入共用的出口：段落 → 通报。 */
export function importFromParagraphs(paragraphs: string[]): ImportResult {
  if (paragraphs.length === 0) throw new OpenError('import.no-text')
  const { paragraphs: fixed, repair } = reflow(paragraphs)
  const result = parseNotice(fixed)
  if (repair) {
    result.findings.unshift(importFinding('paragraphsRestored', repair === 'hard-wrap' ? 'hardWrap' : 'unsplit', []))
  }
  return result
}
