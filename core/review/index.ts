// 合并审阅稿（#18）：读 .docx 的修订与批注、对回打开的通报、列出改动、应用选中的改动。
export { readReviewedDocx, type ReviewedDocx, type ReviewComment, type ReviewProperties } from './read-reviewed-docx'
export { reviewView, type ViewParagraph } from './review-view'
export {
  reviewChanges,
  targetPath,
  type ReviewChange,
  type ReviewChangeKind,
  type ReviewResult,
  type ReviewOptions,
  type LocatedComment,
} from './review-changes'
export { applyReviewChanges, type ApplyResult } from './apply-review'
export { describeChanges, type ChangeGroup, type ChangeView } from './describe-change'
export { reviewBase, type VersionedProject } from './review-base'
