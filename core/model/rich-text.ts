import * as z from 'zod'

/** 文本片段。公文正文只允许加粗和倾斜两种行内样式。 */
export const TextRunSchema = z.strictObject({
  text: z.string(),
  bold: z.literal(true).optional(),
  italic: z.literal(true).optional(),
})
export type TextRun = z.infer<typeof TextRunSchema>

/** 段落：与 Slate 兼容的 `{ type, children }`。 */
export const ParagraphSchema = z.strictObject({
  type: z.literal('paragraph'),
  children: z.array(TextRunSchema).min(1),
})
export type Paragraph = z.infer<typeof ParagraphSchema>

export const RichTextSchema = z.array(ParagraphSchema)
export type RichText = z.infer<typeof RichTextSchema>

export const Paragraph = {
  of(text: string): Paragraph {
    return { type: 'paragraph', children: [{ text }] }
  },
  text(p: Paragraph): string {
    return p.children.map((r) => r.text).join('')
  },
  isEmpty(p: Paragraph): boolean {
    return Paragraph.text(p).trim() === ''
  },
}

export const RichText = {
  of(...texts: string[]): RichText {
    return texts.map(Paragraph.of)
  },
  /** 各段纯文本，按段分开。 */
  texts(rt: RichText): string[] {
    return rt.map(Paragraph.text)
  },
  text(rt: RichText): string {
    return RichText.texts(rt).join('\n')
  },
  isEmpty(rt: RichText): boolean {
    return rt.every(Paragraph.isEmpty)
  },
}
