// 通报 → docx 文档树：照 core/layout 排好的段落逐段写出——版头、标题、正文各段、落款、版记，页码在页脚。
// 版记前补的空行、版记另起的页与节都是 layout 定的，导出不另作决定，预览与 Word 因而同页同行。
import { Document, Footer, type Paragraph, type Table } from 'docx'
import { noticeTitle } from '../../derive/title'
import { layoutNotice, type NoticeLayout } from '../../layout/layout-notice'
import type { Para } from '../../layout/paragraphs'
import type { Notice } from '../../model/notice'
import { FONT_PROFILES, type FontProfile } from '../../spec/font-profiles'
import { cleanText } from '../clean-text'
import type { DocxOptions, ResolvedExport } from '../options'
import { banjiTable } from './banji-block'
import { bodyParagraph } from './body-paragraph'
import type { FormatOptions } from './format'
import { headingParagraph } from './heading-paragraph'
import { pageNumberFooters } from './page-number-footers'
import { pageProperties } from './page-properties'
import { blankParagraph } from './paragraph'
import { docNumberParagraph, orgMarkParagraph, redheadGapParagraph, separatorParagraph } from './redhead-block'
import { signatureParagraph } from './signature-paragraphs'
import { noticeStyles } from './styles'
import { titleParagraph } from './title-paragraphs'

export function formatOptions(o: Pick<ResolvedExport, 'profile' | 'boldLevel3'>): FormatOptions {
  return { fonts: FONT_PROFILES[o.profile], boldLevel3: o.boldLevel3 }
}

function paragraphOf(p: Para, i: number, paras: readonly Para[], fonts: FontProfile): Paragraph {
  const prev = paras[i - 1]
  switch (p.role) {
    case 'orgMark':
      return orgMarkParagraph(p, prev?.role !== 'orgMark')
    case 'separator':
      return separatorParagraph()
    case 'docNumber':
      return docNumberParagraph(p, fonts)
    case 'title':
      return titleParagraph(p)
    case 'heading1':
    case 'heading2':
    case 'heading3':
    case 'heading4':
      return headingParagraph(p)
    case 'body':
      return bodyParagraph(p)
    case 'signature':
    case 'date':
      return signatureParagraph(p)
    default:
      // 发文机关标志后的第一个空行补回标志段多占的那点高度，之后各行仍在格子上。
      return prev?.role === 'orgMark'
        ? redheadGapParagraph(paras[i - 1]!)
        : blankParagraph({ pageBreakBefore: p.breakBefore === 'page', keepNext: p.keepNext })
  }
}

/** 段落 → docx 段落与表格，按 layout 的分节拆成若干节（空白页与版记页一节，不编页码）。 */
function sectionsOf(layout: NoticeLayout): (Paragraph | Table)[][] {
  const sections: (Paragraph | Table)[][] = [[]]
  const { paras } = layout
  for (let i = 0; i < paras.length; i++) {
    const p = paras[i]!
    if (p.breakBefore === 'section') sections.push([])
    const out = sections[sections.length - 1]!
    if (p.role === 'banjiCc' || p.role === 'banjiPrint') {
      let j = i
      while (j < paras.length && paras[j]!.role.startsWith('banji')) j++
      out.push(...banjiTable(paras.slice(i, j)))
      i = j - 1
    } else out.push(paragraphOf(p, i, paras, FONT_PROFILES[layout.options.profile]))
  }
  return sections
}

/** 文档的作者：发文机关（送审稿的修订也记在它名下）。 */
export const documentAuthor = (notice: Notice): string => cleanText(notice.meta.issuer.fullName || notice.signature.org) || '整改通报编辑器'

/** 文档属性：标题同正文所用的标题（无标题部分时即推导出的标题，与网页一致），作者为发文机关。 */
function properties(notice: Notice) {
  const organ = documentAuthor(notice)
  return { title: cleanText(noticeTitle(notice)), creator: organ, lastModifiedBy: organ }
}

export function buildDocument(notice: Notice, options: DocxOptions = {}): Document {
  return documentFromLayout(notice, layoutNotice(notice, options))
}

/** extra.customProperties：docProps/custom.xml 里的自定义属性（送审稿记它的工程与版本，见 review-docx.ts）。 */
export function documentFromLayout(
  notice: Notice,
  layout: NoticeLayout,
  extra: { customProperties?: { name: string; value: string }[] } = {},
): Document {
  const o = formatOptions(layout.options)
  const empty = () => new Footer({ children: [] })
  return new Document({
    ...properties(notice),
    ...(extra.customProperties ? { customProperties: extra.customProperties } : {}),
    evenAndOddHeaderAndFooters: true,
    styles: noticeStyles(o),
    sections: sectionsOf(layout).map((children, i) => ({
      properties: pageProperties(),
      footers: i === 0 ? pageNumberFooters(o) : { default: empty(), even: empty() },
      children,
    })),
  })
}
