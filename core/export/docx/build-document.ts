// 通报 → docx 文档树：自上而下与通报本身的顺序一致——版头、标题、正文各段、落款、版记，页码在页脚。
import { Document, type Paragraph } from 'docx'
import { type Block, noticeBlocks } from '../../document/blocks'
import { noticeTitle } from '../../derive/title'
import type { Notice } from '../../model/notice'
import { FONT_PROFILES } from '../../spec/font-profiles'
import { cleanText } from '../clean-text'
import { type DocxOptions, resolveBanji, resolveRedhead } from '../options'
import { banjiBlock } from './banji-block'
import { bodyParagraph } from './body-paragraph'
import type { FormatOptions } from './format'
import { headingParagraph } from './heading-paragraph'
import { pageNumberFooters } from './page-number-footers'
import { pageProperties } from './page-properties'
import { redheadBlock } from './redhead-block'
import { runInParagraph } from './run-in-paragraph'
import { signatureParagraphs } from './signature-paragraphs'
import { noticeStyles } from './styles'
import { titleParagraphs } from './title-paragraphs'

export function formatOptions(options: DocxOptions): FormatOptions {
  return { fonts: FONT_PROFILES[options.profile ?? 'gb2312'], boldLevel3: options.boldLevel3 ?? true }
}

/** 标题、各级标题、正文段落与落款；落款的署名与日期一起排，以便以日期为准确定署名位置。 */
function blockParagraphs(blocks: Block[], sealed: boolean): Paragraph[] {
  const out: Paragraph[] = []
  const org = blocks.find((b) => b.kind === 'signature-org')
  const date = blocks.find((b) => b.kind === 'signature-date')
  for (const b of blocks) {
    switch (b.kind) {
      case 'title':
        out.push(...titleParagraphs(b.heading))
        break
      case 'heading':
        out.push(headingParagraph(b.level || 1, b.marker, b.heading))
        break
      case 'paragraph':
        out.push(b.level && (b.marker || b.heading) ? runInParagraph(b.level, b.marker, b.heading, b.runs) : bodyParagraph(b.runs))
        break
      case 'signature-org':
      case 'signature-date':
        // 两块中先出现的那个位置放整个落款。
        if (b === (org ?? date)) out.push(...signatureParagraphs(textOf(org), textOf(date), sealed))
        break
    }
  }
  return out
}

const textOf = (b: Block | undefined) => (b ? b.runs.map((r) => r.text).join('') : '')

export function buildDocument(notice: Notice, options: DocxOptions = {}): Document {
  const o = formatOptions(options)
  const blocks = noticeBlocks(notice)
  const redhead = options.redhead ? redheadBlock(resolveRedhead(notice, options.redhead)) : []
  const banji = options.banji ? banjiBlock(resolveBanji(notice, options.banji)) : []
  return new Document({
    title: cleanText(noticeTitle(notice)),
    creator: cleanText(notice.meta.issuer.fullName || notice.signature.org) || 'Tongbao',
    evenAndOddHeaderAndFooters: true,
    styles: noticeStyles(o),
    sections: [
      {
        properties: pageProperties(),
        footers: pageNumberFooters(o),
        children: [...redhead, ...blockParagraphs(blocks, options.sealed ?? true), ...banji],
      },
    ],
  })
}
