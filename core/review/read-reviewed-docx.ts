/**
 * 审阅稿（.docx）的读取：正文各段连同修订（w:ins、w:del、w:moveFrom、w:moveTo，也包括段落标记本身的增删）、
 * 批注（comments.xml 的作者、日期、文字与在正文中的锚点），以及 docProps/custom.xml 中送审稿记下的通报与版本编号。
 * 只用字节，不碰文件系统；按上限解压（bounded-unzip），压缩炸弹到不了这里。
 */
import { strFromU8 } from 'fflate'
import { boundedUnzip } from '../import/bounded-unzip'
import { DOCUMENT_PART, parseXml } from '../import/docx-numbering'
import { isZip } from '../import/is-zip'
import { OpenError } from '../project/errors'
import { STYLE_ID, STYLE_NAME, type ParagraphRole } from '../export/docx/format'

const COMMENTS_PART = 'word/comments.xml'
const STYLES_PART = 'word/styles.xml'
const CUSTOM_PART = 'docProps/custom.xml'

/** 修订的种类：插入、删除，以及移动的原处（moveFrom，接受后消失）与新处（moveTo，接受后出现）。 */
export type RevisionKind = 'ins' | 'del' | 'moveFrom' | 'moveTo'

export interface Revision {
  kind: RevisionKind
  author: string
  date: string | null
}

/** 段中一截文字，带它所在的修订（没有修订为 null）。 */
export interface Segment {
  text: string
  revision: Revision | null
}

/** 正文中的一段（表格中的段落不在内：送审稿的正文没有表格，版记表格不是正文）。 */
export interface ReviewedParagraph {
  segments: Segment[]
  /** 段落样式对应的导出角色（认得出 Tongbao 的样式 id 或样式名时）；别的样式为 null。 */
  role: ParagraphRole | null
  /** 段落标记本身被插入或删除（拆段、并段、整段增删）。 */
  mark: Revision | null
  /** 锚在本段的批注编号（批注范围从本段开始）。 */
  commentIds: string[]
}

/** 批注。 */
export interface ReviewComment {
  id: string
  author: string
  date: string | null
  text: string
}

/** 送审稿在 docProps/custom.xml 里记下的编号（#17 的约定）；没有时为 null。 */
export interface ReviewProperties {
  documentId: string | null
  versionId: string | null
  baseVersionId: string | null
}

export interface ReviewedDocx {
  paragraphs: ReviewedParagraph[]
  comments: ReviewComment[]
  properties: ReviewProperties
}

const REVISION_TAGS: Record<string, RevisionKind> = { 'w:ins': 'ins', 'w:del': 'del', 'w:moveFrom': 'moveFrom', 'w:moveTo': 'moveTo' }

/** 段落样式 → 导出角色：先认样式 id，再认样式名（LibreOffice 另存时可能改写样式 id，但保留样式名）。 */
function roleResolver(stylesXml: string | null): (styleId: string | null) => ParagraphRole | null {
  const byId = new Map<string, ParagraphRole>()
  for (const [role, id] of Object.entries(STYLE_ID)) byId.set(id, role as ParagraphRole)
  const byName = new Map<string, ParagraphRole>()
  for (const [role, name] of Object.entries(STYLE_NAME)) byName.set(name, role as ParagraphRole)
  const names = new Map<string, string>()
  if (stylesXml) {
    let current: string | null = null
    parseXml(stylesXml, {
      open(name, a) {
        if (name === 'w:style') current = a['w:styleId'] ?? null
        else if (name === 'w:name' && current) names.set(current, a['w:val'] ?? '')
      },
      close(name) {
        if (name === 'w:style') current = null
      },
    })
  }
  return (styleId) => {
    if (!styleId) return null
    return byId.get(styleId) ?? byName.get(names.get(styleId) ?? '') ?? null
  }
}

function readParagraphs(xml: string, roleOf: (styleId: string | null) => ParagraphRole | null): ReviewedParagraph[] {
  const out: ReviewedParagraph[] = []
  const revisions: Revision[] = []
  let paragraph: (ReviewedParagraph & { styleId: string | null }) | null = null
  let tableDepth = 0
  let inText = false
  let inParagraphProps = false
  let inParagraphRunProps = false
  let skip = 0
  const revisionOf = (name: string, a: Record<string, string>): Revision => ({
    kind: REVISION_TAGS[name]!,
    author: a['w:author'] ?? '',
    date: a['w:date'] ?? null,
  })
  const append = (text: string) => {
    if (!paragraph) return
    const revision = revisions[revisions.length - 1] ?? null
    const last = paragraph.segments[paragraph.segments.length - 1]
    if (last && last.revision === revision) last.text += text
    else paragraph.segments.push({ text, revision })
  }
  parseXml(xml, {
    open(name, a) {
      if (name === 'w:tbl') tableDepth++
      else if (name === 'w:p') paragraph = { segments: [], role: null, mark: null, commentIds: [], styleId: null }
      else if (!paragraph) return
      else if (name === 'w:pPr') inParagraphProps = true
      else if (name === 'w:rPr' && inParagraphProps) inParagraphRunProps = true
      else if (name === 'w:pStyle' && inParagraphProps) paragraph.styleId = a['w:val'] ?? null
      else if (name in REVISION_TAGS) {
        // 段落属性里的 w:ins / w:del 标的是段落标记；别处的是包着文字的修订。
        if (inParagraphRunProps) paragraph.mark = revisionOf(name, a)
        else revisions.push(revisionOf(name, a))
      } else if (name === 'w:t' || name === 'w:delText') inText = true
      else if (name === 'w:instrText') skip++
      else if (name === 'w:commentRangeStart' && a['w:id'] !== undefined) paragraph.commentIds.push(a['w:id'])
      else if (
        name === 'w:commentReference' &&
        a['w:id'] !== undefined &&
        !out.some((p) => p.commentIds.includes(a['w:id']!)) &&
        !paragraph.commentIds.includes(a['w:id'])
      ) {
        // 没有范围、只有引用标记的批注锚在引用所在的段。
        paragraph.commentIds.push(a['w:id'])
      }
    },
    text(t) {
      if (inText && !skip) append(t)
    },
    close(name) {
      if (name === 'w:tbl') tableDepth = Math.max(0, tableDepth - 1)
      else if (name === 'w:t' || name === 'w:delText') inText = false
      else if (name === 'w:instrText') skip = Math.max(0, skip - 1)
      else if (name === 'w:pPr') inParagraphProps = inParagraphRunProps = false
      else if (name === 'w:rPr') inParagraphRunProps = false
      else if (name in REVISION_TAGS && !inParagraphRunProps) revisions.pop()
      else if (name === 'w:p' && paragraph) {
        const { styleId, ...p } = paragraph
        if (!tableDepth) out.push({ ...p, role: roleOf(styleId) })
        paragraph = null
      }
    },
  })
  return out
}

function readComments(xml: string | null): ReviewComment[] {
  if (!xml) return []
  const out: ReviewComment[] = []
  let current: ReviewComment | null = null
  let inText = false
  let paragraphs = 0
  parseXml(xml, {
    open(name, a) {
      if (name === 'w:comment') {
        current = { id: a['w:id'] ?? '', author: a['w:author'] ?? '', date: a['w:date'] ?? null, text: '' }
        paragraphs = 0
      } else if (current && name === 'w:p' && paragraphs++ > 0) current.text += '\n'
      else if (current && name === 'w:t') inText = true
    },
    text(t) {
      if (current && inText) current.text += t
    },
    close(name) {
      if (name === 'w:t') inText = false
      else if (name === 'w:comment' && current) {
        out.push({ ...current, text: current.text.trim() })
        current = null
      }
    },
  })
  return out
}

/** docProps/custom.xml 中 name="…" 的自定义属性（值为 vt:lpwstr 等文字）。 */
export function readCustomProperties(xml: string | null): Map<string, string> {
  const out = new Map<string, string>()
  if (!xml) return out
  let name: string | null = null
  let depth = 0
  parseXml(xml, {
    open(tag, a) {
      if (tag === 'property') name = a['name'] ?? null
      else if (name) depth++
    },
    text(t) {
      if (name && depth > 0) out.set(name, (out.get(name) ?? '') + t)
    },
    close(tag) {
      if (tag === 'property') name = null
      else if (name) depth--
    },
  })
  return out
}

/** 审阅稿 .docx 的字节 → 正文段落（带修订）、批注与送审稿编号。不是 .docx 或包已损坏时抛出 OpenError。 */
export function readReviewedDocx(bytes: Uint8Array): ReviewedDocx {
  if (bytes.length === 0) throw new OpenError('import.empty')
  if (!isZip(bytes)) throw new OpenError('import.not-docx')
  const wanted = new Set([DOCUMENT_PART, COMMENTS_PART, STYLES_PART, CUSTOM_PART])
  const parts = boundedUnzip(bytes, (name) => wanted.has(name))
  const text = (name: string) => {
    const b = parts.get(name)
    return b ? strFromU8(b) : null
  }
  const documentXml = text(DOCUMENT_PART)
  if (documentXml === null) throw new OpenError('import.docx-damaged')
  const custom = readCustomProperties(text(CUSTOM_PART))
  return {
    paragraphs: readParagraphs(documentXml, roleResolver(text(STYLES_PART))),
    comments: readComments(text(COMMENTS_PART)),
    properties: {
      documentId: custom.get('TongbaoDocumentId')?.trim() || null,
      versionId: custom.get('TongbaoVersionId')?.trim() || null,
      baseVersionId: custom.get('TongbaoBaseVersionId')?.trim() || null,
    },
  }
}
