/** 纯文本（含从网页复制的文字）→ 通报模型。 */
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
    result.findings.unshift({
      rule: 'import-paragraphs-restored',
      severity: 'warning',
      message:
        repair === 'hard-wrap'
          ? '原文按固定宽度折行（常见于从 PDF 复制的文字），已把折断的行接回成段，请核对分段。'
          : '原文没有分段，已按序号和句末标点重新分段，请核对分段。',
      location: { path: [] },
    })
  }
  return result
}
