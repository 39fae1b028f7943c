/**
 * 审阅稿的两种读法：接受全部修订后的文字（accepted），与拒绝全部修订、即审阅前的文字（rejected）。
 * 段落标记被删除的段与下一段并成一段，就像在 Word 里接受或拒绝时那样；导出时补的空行与版头、版记不算正文。
 */
import type { ParagraphRole } from '../export/docx/format'
import type { Revision, ReviewedDocx, Segment } from './read-reviewed-docx'

export type ReviewView = 'accepted' | 'rejected'

/** 一种读法下的一段。 */
export interface ViewParagraph {
  text: string
  role: ParagraphRole | null
  /** 这段所含的修订（两种读法下都列出，作者与改动的文字），用来说明一处改动出自谁。 */
  revisions: { revision: Revision; text: string }[]
  /** 锚在这段的批注编号 */
  commentIds: string[]
}

/** 不是正文的段：版头、版记、页码与导出补的空行。 */
const NOT_BODY: ReadonlySet<ParagraphRole> = new Set(['orgMark', 'docNumber', 'banji', 'pageNumber', 'blank'])

const keeps = (view: ReviewView, s: Segment) => {
  const kind = s.revision?.kind
  if (!kind) return true
  return view === 'accepted' ? kind === 'ins' || kind === 'moveTo' : kind === 'del' || kind === 'moveFrom'
}

/** 段落标记在这种读法下是否消失（段与下一段相接）。 */
const markGone = (view: ReviewView, mark: Revision | null) =>
  mark !== null && (view === 'accepted' ? mark.kind === 'del' || mark.kind === 'moveFrom' : mark.kind === 'ins' || mark.kind === 'moveTo')

/** 接受或拒绝全部修订后的正文各段（去掉首尾空白；空段不计，标题的回行并成一段）。 */
export function reviewView(doc: ReviewedDocx, view: ReviewView): ViewParagraph[] {
  const out: ViewParagraph[] = []
  let open: ViewParagraph | null = null
  for (const p of doc.paragraphs) {
    if (p.role && NOT_BODY.has(p.role)) continue
    const current: ViewParagraph = open ?? { text: '', role: p.role, revisions: [], commentIds: [] }
    current.text += p.segments
      .filter((s) => keeps(view, s))
      .map((s) => s.text)
      .join('')
    for (const s of p.segments) if (s.revision) current.revisions.push({ revision: s.revision, text: s.text })
    if (p.mark) current.revisions.push({ revision: p.mark, text: '' })
    current.commentIds.push(...p.commentIds)
    if (markGone(view, p.mark)) {
      open = current
      continue
    }
    open = null
    const prev = out[out.length - 1]
    // 标题按梯形回行写成几段（core/export/title-lines），读回时并成一段。
    if (current.role === 'title' && prev?.role === 'title') {
      prev.text += current.text.trim()
      prev.revisions.push(...current.revisions)
      prev.commentIds.push(...current.commentIds)
      continue
    }
    current.text = current.text.replace(/^[\s\u00a0\u3000]+|[\s\u00a0\u3000]+$/g, '')
    if (current.text === '') {
      // 空段上的批注挂到下一段。
      if (current.commentIds.length) open = { ...current, text: '', revisions: [] }
      continue
    }
    out.push(current)
  }
  if (open && open.text.trim()) out.push({ ...open, text: open.text.trim() })
  return out
}
