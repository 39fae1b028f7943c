// 发文机关署名与成文日期（GB/T 9704-2012 7.3.5）：右缩进由 layout 按实际字宽算出（core/layout/signature-indents.ts）。
import type { Paragraph } from 'docx'
import type { Para } from '../../layout/paragraphs'
import { TWIPS_PER_PT } from '../../spec/gbt9704'
import { styledParagraph, styledRun } from './paragraph'

export function signatureParagraph(p: Para): Paragraph {
  const role = p.role === 'date' ? 'date' : 'signature'
  return styledParagraph(role, [styledRun(p.runs.map((r) => r.text).join(''))], {
    indent: { right: Math.round(p.rightPt * TWIPS_PER_PT) },
    ...(p.keepNext ? { keepNext: true } : {}),
  })
}
